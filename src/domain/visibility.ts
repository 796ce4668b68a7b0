import type { IssueFacts, ProjectFacts } from './facts';

/**
 * What a viewer may see of facts gathered as the app (docs/METRICS.md, Permissions): an issue counts
 * only if the viewer may browse its project and it has no security level or one the viewer holds.
 * The caller has already checked that the viewer may browse the product itself.
 */
export interface ViewerAccess {
  /** The secured issues (by id) the viewer may see; 'all' when they may see every one. */
  securedIssueIds: ReadonlySet<string> | 'all';
  /** The projects the viewer may browse, for epics of other projects; 'all' when that was not in doubt. */
  browsableProjects: ReadonlySet<string> | 'all';
}

/** The app's own view, and a live read's: nothing is hidden. */
export const SEES_EVERYTHING: ViewerAccess = { securedIssueIds: 'all', browsableProjects: 'all' };

function mayBrowse(access: ViewerAccess, projectKey: string, ownProject: string): boolean {
  return projectKey === ownProject || access.browsableProjects === 'all' || access.browsableProjects.has(projectKey);
}

/** Whether the viewer may see one issue of `facts`. */
export function maySee(access: ViewerAccess, entry: Pick<IssueFacts, 'issue' | 'projectKey' | 'securityLevelId'>, ownProject: string): boolean {
  if (!mayBrowse(access, entry.projectKey, ownProject)) return false;
  return entry.securityLevelId === null || access.securedIssueIds === 'all' || access.securedIssueIds.has(entry.issue.id);
}

/**
 * The facts as the viewer may see them: the same facts without the issues they may not see, so every
 * figure computed from them counts only what the viewer may see, and hidden epics lend no tag.
 *
 * Empty input: facts with no issues stay without issues.
 *
 * @example visibleFacts(facts, { securedIssueIds: new Set(), browsableProjects: 'all' }) // no secured issue left
 */
export function visibleFacts(facts: ProjectFacts, access: ViewerAccess): ProjectFacts {
  if (access === SEES_EVERYTHING) return facts;
  return { ...facts, issues: facts.issues.filter((entry) => maySee(access, entry, facts.projectKey)) };
}

/** The ids of the issues with a security level, in `facts`' order. */
export function securedIssueIds(facts: Pick<ProjectFacts, 'issues'>): string[] {
  return facts.issues.filter((entry) => entry.securityLevelId !== null).map((entry) => entry.issue.id);
}

/** The other projects whose epics lend a tag to this project's issues, by key. */
export function foreignProjects(facts: Pick<ProjectFacts, 'issues' | 'projectKey'>): string[] {
  return [...new Set(facts.issues.filter((entry) => entry.projectKey !== facts.projectKey).map((entry) => entry.projectKey))].sort();
}
