/**
 * The site's people, one per permission profile the app must handle: a site admin who may do
 * everything and holds every issue security level, a portfolio lead who may browse most products
 * but holds no level, a product owner of one product, a newcomer who may see nothing, and two
 * specialists who browse every product and hold one level each (security, confidential).
 */
import type { Permission, SecurityLevelJson, UserJson } from './fixture-types';
import type { Rng } from './rng';
import { SECURITY_LEVELS } from './security';

const ALL: Permission[] = ['BROWSE_PROJECTS', 'EDIT_ISSUES', 'ADMINISTER_PROJECTS'];

/** An Atlassian account id: `557058:` and a UUID. */
function accountId(rng: Rng): string {
  const hex = `${rng.hex8()}${rng.hex8()}${rng.hex8()}${rng.hex8()}`;
  return `557058:${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function grant(keys: readonly string[], permissions: Permission[]): Record<string, Permission[]> {
  return Object.fromEntries(keys.map((key) => [key, [...permissions]]));
}

/** `{issueSecurityLevels}` holding those of `wanted` the site has; nothing when it has none of them. */
function holding(site: readonly SecurityLevelJson[], wanted: readonly SecurityLevelJson[]): Pick<UserJson, 'issueSecurityLevels'> {
  const ids = wanted.filter((level) => site.some((s) => s.id === level.id)).map((level) => level.id);
  return ids.length === 0 ? {} : { issueSecurityLevels: ids };
}

/** Users for projects `keys` on a site with `levels`; the first is the site admin (the expected figures' viewer). */
export function buildUsers(rng: Rng, keys: readonly string[], timeZone: string, levels: readonly SecurityLevelJson[]): UserJson[] {
  const leadKeys = keys.length > 1 ? keys.slice(0, -1) : keys;
  const browse = grant(keys, ['BROWSE_PROJECTS']);
  return [
    { accountId: accountId(rng), displayName: 'Alex Morgan', timeZone, siteAdmin: true, permissions: grant(keys, ALL), ...holding(levels, levels) },
    { accountId: accountId(rng), displayName: 'Priya Natarajan', timeZone, permissions: grant(leadKeys, ['BROWSE_PROJECTS']) },
    {
      accountId: accountId(rng),
      displayName: 'Samuel Okafor',
      timeZone: 'America/Vancouver',
      permissions: grant(keys.slice(0, 1), ['BROWSE_PROJECTS', 'EDIT_ISSUES']),
    },
    { accountId: accountId(rng), displayName: 'Nia Tremblay', timeZone: 'Europe/London', permissions: {} },
    { accountId: accountId(rng), displayName: 'Jordan Reyes', timeZone, permissions: browse, ...holding(levels, [SECURITY_LEVELS.security]) },
    {
      accountId: accountId(rng),
      displayName: 'Maya Lindqvist',
      timeZone: 'Europe/Stockholm',
      permissions: grant(keys, ['BROWSE_PROJECTS']),
      ...holding(levels, [SECURITY_LEVELS.confidential]),
    },
  ];
}
