/**
 * The site's people, one per permission profile the app must handle: a site admin who may do
 * everything, a portfolio lead who may browse most products, a product owner of one product, and
 * a newcomer who may see nothing.
 */
import type { Permission, UserJson } from './fixture-types';
import type { Rng } from './rng';

const ALL: Permission[] = ['BROWSE_PROJECTS', 'EDIT_ISSUES', 'ADMINISTER_PROJECTS'];

/** An Atlassian account id: `557058:` and a UUID. */
function accountId(rng: Rng): string {
  const hex = `${rng.hex8()}${rng.hex8()}${rng.hex8()}${rng.hex8()}`;
  return `557058:${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function grant(keys: readonly string[], permissions: Permission[]): Record<string, Permission[]> {
  return Object.fromEntries(keys.map((key) => [key, [...permissions]]));
}

/** Users for projects `keys`; the first is the site admin (the expected figures' viewer). */
export function buildUsers(rng: Rng, keys: readonly string[], timeZone: string): UserJson[] {
  const leadKeys = keys.length > 1 ? keys.slice(0, -1) : keys;
  return [
    { accountId: accountId(rng), displayName: 'Alex Morgan', timeZone, siteAdmin: true, permissions: grant(keys, ALL) },
    { accountId: accountId(rng), displayName: 'Priya Natarajan', timeZone, permissions: grant(leadKeys, ['BROWSE_PROJECTS']) },
    { accountId: accountId(rng), displayName: 'Samuel Okafor', timeZone: 'America/Vancouver',
      permissions: grant(keys.slice(0, 1), ['BROWSE_PROJECTS', 'EDIT_ISSUES']) },
    { accountId: accountId(rng), displayName: 'Nia Tremblay', timeZone: 'Europe/London', permissions: {} },
  ];
}
