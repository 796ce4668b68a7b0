import type { IssueFacts, ProjectFacts } from '../src/domain/facts';
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
    key: 'PAY-1',
    created: Date.parse('2025-01-01T00:00:00.000Z'),
    hierarchyLevel: 0,
    current: { sprintIds: [], estimate: null, statusId: 'todo' },
    sprintChanges: [],
    estimateChanges: [],
    statusChanges: [],
    ...overrides,
  };
}

/** An issue's facts as a snapshot keeps them: a story with no history, overridden per test. */
export function issueFacts(id: string, overrides: Partial<Omit<IssueFacts, 'issue'>> & { issue?: Partial<IssueSnapshot> } = {}): IssueFacts {
  const { issue, ...rest } = overrides;
  return {
    issue: story({ id, key: `PAY-${id}`, ...issue }),
    projectKey: 'PAY',
    summary: `Story ${id}`,
    created: '2025-01-01T00:00:00.000Z',
    statusId: '1',
    sprintIds: [],
    estimates: {},
    fixVersionIds: [],
    securityLevelId: null,
    changes: {},
    ...rest,
  };
}

/** A project's facts with no boards, in UTC, at 2026-11-15 12:00. */
export function projectFacts(issues: IssueFacts[], overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    projectKey: 'PAY',
    projectName: 'Payments',
    site: { now: '2026-11-15T12:00:00.000Z', timeZone: 'UTC', sprintFieldId: null, storyPointFieldId: null, statusCategories: {}, fieldNames: {} },
    boards: [],
    versions: [],
    issues,
    ...overrides,
  };
}
