import type { FixtureUser, SiteFixture } from './fixture';
import { PROJECT_PERMISSION_KEYS } from './fixtureSchema';
import type { SiteIndex, SiteView } from './siteView';

/**
 * Who a request is made as. Basic auth names a fixture user (Forge's `asUser()`); the fixed bearer token
 * below is the app itself (Forge's `asApp()`), a principal that sees every project and issue.
 */

/** The Authorization header of a request made as the app (`asApp()`). */
export const APP_AUTHORIZATION = 'Bearer forge-app';
/** The app's own account id: changelog entries and events of the app's writes name it. */
export const APP_ACCOUNT_ID = '557058:product-lens-app';
export const APP_DISPLAY_NAME = 'Product Lens';

/**
 * The app as a user record: every project permission on every project, every security level, and the
 * site's zone for JQL dates (an app has no zone of its own).
 */
export function appUser(fixture: SiteFixture): FixtureUser {
  return {
    accountId: APP_ACCOUNT_ID,
    displayName: APP_DISPLAY_NAME,
    timeZone: fixture.timeZone,
    permissions: Object.fromEntries(fixture.projects.map((p) => [p.key, [...PROJECT_PERMISSION_KEYS]])),
    issueSecurityLevels: fixture.issueSecurityLevels.map((level) => level.id),
  };
}

/**
 * The acting user, from `Authorization: Basic base64("<accountId>:<anything>")`: the header a real site
 * reads as email and API token, so one HTTP client serves both. Atlassian account ids contain a colon
 * themselves (`557058:…`), so the user part is the known account id the credentials start with, not the
 * text before the first colon. Undefined when the header is missing or names no user.
 */
export function authenticate(header: string | undefined, index: SiteIndex): FixtureUser | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? '');
  if (!match) return undefined;
  const credentials = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  let found: FixtureUser | undefined;
  for (const user of index.fixture.users) {
    const named = credentials === user.accountId || credentials.startsWith(`${user.accountId}:`);
    if (named && user.accountId.length > (found?.accountId.length ?? -1)) found = user;
  }
  return found;
}

/** The view a request is made through: the app's for the app header, the basic-auth user's otherwise. */
export function viewOfRequest(header: string | undefined, index: SiteIndex): SiteView | undefined {
  if (header?.trim() === APP_AUTHORIZATION) return index.appView();
  const user = authenticate(header, index);
  return user ? index.viewFor(user) : undefined;
}
