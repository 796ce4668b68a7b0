import type { IssueSnapshot, IssueTimeline } from '../src/domain/issue';

/** Literal issues for domain tests: a story with nothing set, overridden per test. */
export function story(overrides: Partial<IssueSnapshot> = {}): IssueSnapshot {
  return {
    id: '1',
    key: 'PAY-1',
    hierarchyLevel: 0,
    issueTypeName: 'Story',
    statusCategory: 'new',
    labels: [],
    resolutionDate: null,
    parent: null,
    workTypeProperty: undefined,
    storyPoints: null,
    ...overrides,
  };
}

export function epic(overrides: Partial<IssueSnapshot> = {}): IssueSnapshot {
  return story({ id: '100', key: 'PAY-100', hierarchyLevel: 1, issueTypeName: 'Epic', ...overrides });
}

export function timeline(overrides: Partial<IssueTimeline> = {}): IssueTimeline {
  return {
    issueId: '1',
    hierarchyLevel: 0,
    current: { sprintIds: [], estimate: null, statusId: 'todo' },
    sprintChanges: [],
    estimateChanges: [],
    statusChanges: [],
    ...overrides,
  };
}
