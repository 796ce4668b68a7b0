/**
 * Issue security levels. Only products with a sensitive flavour (identity and access work, case
 * files, personal data) keep issues under a level, as real sites do: most projects have none. In
 * those products a share of the standard issues is secured, mostly under the product's own level;
 * sub-tasks carry their parent's level, as Jira forces them to. Epics stay unsecured, so an epic
 * that lends its work type is visible to everyone who may browse its project.
 */
import type { SecurityLevelJson } from './fixture-types';
import type { SimProject } from './issues';
import { isStandard, type SimIssue } from './model';
import type { Sensitivity } from './names';
import type { Rng } from './rng';

export const SECURITY_LEVELS: Readonly<Record<Sensitivity, SecurityLevelJson>> = {
  security: { id: '10200', name: 'Security incidents', description: 'Vulnerabilities and incidents, visible to the security team' },
  confidential: { id: '10201', name: 'Confidential', description: 'Personal and legal matters, visible to the people named for them' },
};

/** Share of a product's secured issues that go under its own level; the rest take the other one. */
const OWN_LEVEL_SHARE = 0.8;

/** The site's levels: all of them when any issue may be secured, none otherwise. */
export function siteSecurityLevels(securedShare: number): SecurityLevelJson[] {
  return securedShare > 0 ? Object.values(SECURITY_LEVELS) : [];
}

function otherLevel(own: Sensitivity): SecurityLevelJson {
  return SECURITY_LEVELS[own === 'security' ? 'confidential' : 'security'];
}

/** Secures exactly round(share × standard issues) of the project's standard issues, chosen at random. */
function secureProject(rng: Rng, project: SimProject, own: Sensitivity, share: number): void {
  const standard = project.issues.filter(isStandard);
  const chosen = rng.shuffle(standard).slice(0, Math.round(share * standard.length));
  for (const issue of chosen) {
    issue.security = (rng.chance(OWN_LEVEL_SHARE) ? SECURITY_LEVELS[own] : otherLevel(own)).id;
  }
  for (const issue of project.issues) {
    if (issue.kind === 'subtask') issue.security = issue.parent?.security ?? null;
  }
}

/** Puts `share` of the standard issues of each sensitive product under a level. */
export function assignSecurity(rng: Rng, projects: readonly SimProject[], share: number): void {
  if (share <= 0) return;
  for (const project of projects) {
    const own = project.product.sensitivity;
    if (own !== undefined) secureProject(rng, project, own, share);
  }
}

/** True when `issue` has no level or one of `held`. */
export function mayReadIssue(issue: SimIssue, held: ReadonlySet<string>): boolean {
  return issue.security === null || held.has(issue.security);
}
