import type { EpicSummary } from '../shared/api';
import type { IssueFacts, ProjectFacts } from './facts';
import { EPIC_LEVEL, STANDARD_LEVEL, type IssueSnapshot } from './issue';
import { epicOf, resolveWorkType } from './workType';

export interface EpicPoints {
  deliveredPoints: number;
  remainingPoints: number;
}

/**
 * The points of an epic's standard issues (docs/METRICS.md, Workload: current story points, empty
 * counts 0): resolved ones are delivered, the others remaining.
 *
 * Empty input: an epic with no standard issues has 0 delivered and 0 remaining.
 *
 * @example epicPoints([{ resolutionDate: '2026-10-01T…', storyPoints: 3 }, { resolutionDate: null, storyPoints: null }])
 * // { deliveredPoints: 3, remainingPoints: 0 }
 */
export function epicPoints(children: readonly Pick<IssueSnapshot, 'resolutionDate' | 'storyPoints'>[]): EpicPoints {
  let deliveredPoints = 0;
  let remainingPoints = 0;
  for (const child of children) {
    if (child.resolutionDate === null) remainingPoints += child.storyPoints ?? 0;
    else deliveredPoints += child.storyPoints ?? 0;
  }
  return { deliveredPoints, remainingPoints };
}

function childrenByEpic(issues: readonly IssueFacts[]): Map<string, IssueSnapshot[]> {
  const children = new Map<string, IssueSnapshot[]>();
  for (const { issue } of issues) {
    const parent = issue.parent;
    if (issue.hierarchyLevel !== STANDARD_LEVEL || parent === null) continue;
    const list = children.get(parent.key);
    if (list === undefined) children.set(parent.key, [issue]);
    else list.push(issue);
  }
  return children;
}

/**
 * The project's own epics with their work type, how it was decided, and their points (`epicPoints`).
 *
 * Empty input: a project with no epics has none.
 */
export function epicSummaries(facts: Pick<ProjectFacts, 'projectKey' | 'issues'>): EpicSummary[] {
  const byKey = new Map(facts.issues.map((entry) => [entry.issue.key, entry.issue]));
  const children = childrenByEpic(facts.issues);
  return facts.issues
    .filter((entry) => entry.issue.hierarchyLevel === EPIC_LEVEL && entry.projectKey === facts.projectKey)
    .map((entry) => {
      const resolved = resolveWorkType(
        entry.issue,
        epicOf(entry.issue, (key) => byKey.get(key)),
      );
      return {
        key: entry.issue.key,
        summary: entry.summary,
        statusCategory: entry.issue.statusCategory,
        workType: resolved.workType,
        source: resolved.source,
        ...epicPoints(children.get(entry.issue.key) ?? []),
      };
    });
}
