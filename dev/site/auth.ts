import type { FixtureUser } from './fixture';
import type { SiteIndex } from './siteView';

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
