import { CATEGORY_COLUMNS, doneColumnOf } from './columns';
import { STORY_POINTS_FIELD } from './catalogue';
import { expectedFigures } from './expected';
import type { IssueJson, UserJson } from './fixture-types';
import type { ExpectedProject } from './expected-types';
import { DEFAULT_NOW, DEFAULT_TIME_ZONE, generateSite } from './generate-site';
import type { SimProject } from './issues';
import type { SimBoard, SimIssue, SimSprint, SprintIssueReport, SprintOutcome } from './model';
import { productAt } from './names';
import { SECURITY_LEVELS } from './security';
import type { SimSite } from './simulate';
import { replaySprint } from './sprint-replay';
import { instant, standardIssues } from './test-support';
import { DAY, monthKey, parseInstant } from './time';

const NOW = parseInstant('2026-11-15T06:00:00Z') ?? 0;
const SECURE = SECURITY_LEVELS.security.id;

function issue(uid: number, resolvedAt: number | null, security: string | null, estimate: number): SimIssue {
  return {
    uid,
    projectIndex: 0,
    kind: 'story',
    created: NOW - 90 * DAY,
    summary: '',
    labels: [],
    property: 'feature',
    parent: null,
    boardId: 1,
    legacyPoints: null,
    doneColumn: doneColumnOf(CATEGORY_COLUMNS),
    status: resolvedAt === null ? 'progress' : 'done',
    startedAt: null,
    doneSince: null,
    enteredSprint: new Map(),
    estimate,
    sprints: [],
    resolvedAt,
    fixVersionId: null,
    security,
    events: [],
  };
}

const user = (accountId: string, keys: string[], levels?: string[]): UserJson => ({
  accountId,
  displayName: accountId,
  timeZone: DEFAULT_TIME_ZONE,
  permissions: Object.fromEntries(keys.map((k) => [k, ['BROWSE_PROJECTS' as const]])),
  ...(levels === undefined ? {} : { issueSecurityLevels: levels }),
});

/**
 * Identity with two stories resolved two days ago (one secured, 5 points; one open, 3 points) and
 * an unsecured one still in flight, all three committed to a closed sprint whose completion counts
 * the two resolved ones.
 */
function site(): SimSite {
  const secured = issue(1, NOW - 2 * DAY, SECURE, 5);
  const open = issue(2, NOW - 2 * DAY, null, 3);
  const inFlight = issue(3, null, null, 2);
  const project: SimProject = { index: 0, id: '10000', product: productAt(3), epics: [], issues: [secured, open, inFlight] };
  const board: SimBoard = { id: 1, name: 'IDN Falcons', type: 'scrum', projectIndex: 0, share: 1, columnConfig: null, filterProjects: [0] };
  const sprint: SimSprint = {
    id: 7,
    boardId: 1,
    index: 0,
    name: 'IDN Falcons Sprint 1',
    state: 'closed',
    start: NOW - 16 * DAY,
    end: NOW - 3 * DAY,
    complete: NOW - 2 * DAY,
    goal: '',
  };
  const report = (i: SimIssue, outcome: SprintOutcome): SprintIssueReport => ({
    issue: i,
    outcome,
    inCommitment: true,
    addedDuringSprint: false,
    notCountedAtStart: null,
    estimateAtStart: i.estimate,
    estimateAtEnd: i.estimate,
  });
  return {
    options: {
      seed: 1,
      now: NOW,
      timeZone: DEFAULT_TIME_ZONE,
      projects: 1,
      issuesPerProject: 3,
      largestProjectIssues: null,
      securedShare: 0.3,
      sprintWeeks: 2,
      months: 24,
    },
    projects: [project],
    boards: [board],
    sprints: new Map([[1, [sprint]]]),
    versions: [],
    securityLevels: Object.values(SECURITY_LEVELS),
    users: [{ ...user('admin', ['IDN'], [SECURE]), siteAdmin: true }, user('lead', ['IDN']), user('newcomer', [])],
    figures: new Map([[1, [{ sprint, issues: [report(secured, 'completed'), report(open, 'completed'), report(inFlight, 'notCompleted')] }]]]),
  };
}

const november = (figures: ExpectedProject | null | undefined) => figures?.workload.months.find((m) => m.month === '2026-11');

describe('the per-viewer expected figures', () => {
  const expected = expectedFigures(site());

  it('returns a secured issue resolved this month for the admin and not for a user holding no level', () => {
    expect(november(expected.viewers.admin?.IDN)?.feature).toEqual({ count: 2, points: 8 });
    expect(november(expected.viewers.lead?.IDN)?.feature).toEqual({ count: 1, points: 3 });
  });

  it("returns sprint figures without the secured issue's points for a user holding no level", () => {
    const sprintOf = (figures: ExpectedProject | null | undefined) => figures?.velocity.boards[0]?.sprints[0];
    const entry = (key: string, outcome: SprintOutcome, estimate: number) => ({
      key,
      outcome,
      inCommitment: true,
      addedDuringSprint: false,
      estimateAtStart: estimate,
      estimateAtEnd: estimate,
      notCountedAtStart: null,
    });
    const [secured, open, inFlight] = [entry('IDN-1', 'completed', 5), entry('IDN-2', 'completed', 3), entry('IDN-3', 'notCompleted', 2)];
    const sprint = { id: 7, name: 'IDN Falcons Sprint 1' };
    expect(sprintOf(expected.viewers.admin?.IDN)).toEqual({ ...sprint, committed: 10, completed: 8, issues: [secured, open, inFlight] });
    expect(sprintOf(expected.viewers.lead?.IDN)).toEqual({ ...sprint, committed: 5, completed: 3, issues: [open, inFlight] });
    expect(expected.viewers.lead?.IDN?.velocity.boards[0]?.velocity).toBe(3);
  });

  it('returns null for a project the viewer may not browse', () => {
    expect(expected.viewers.newcomer).toEqual({ IDN: null });
  });

  it("returns the admin's own figures under projects, and the same under viewers", () => {
    expect(expected.viewer).toBe('admin');
    expect(expected.viewers.admin).toEqual(expected.projects);
    expect(expected.projects.IDN?.inFlight.feature).toEqual({ count: 1, points: 2 });
  });
});

describe('the per-viewer expected figures of a generated site', () => {
  const { fixture, expected } = generateSite({ seed: 3, now: DEFAULT_NOW, timeZone: DEFAULT_TIME_ZONE, securedShare: 0.2 });
  const lead = fixture.users.find((u) => u.displayName === 'Priya Natarajan');
  const leadSees = (i: IssueJson) => i.fields.security === undefined;
  const secured = new Set(
    standardIssues(fixture)
      .filter((i) => !leadSees(i))
      .map((i) => i.key),
  );

  it('returns, for a user holding no level, the sprint reports a replay of only the issues they see gives', () => {
    const boards = expected.viewers[lead?.accountId ?? '']?.CASE?.velocity.boards ?? [];
    const sprints = boards.flatMap((b) => b.sprints);
    const admin = new Map((expected.projects.CASE?.velocity.boards ?? []).flatMap((b) => b.sprints).map((s) => [s.id, s]));
    const differing = sprints.filter((s) => admin.get(s.id)?.committed !== s.committed);
    expect(secured.size).toBeGreaterThan(10);
    expect(differing.length).toBeGreaterThan(3);
    for (const s of differing.slice(0, 5)) {
      expect(replaySprint(fixture, s.id, leadSees)).toEqual({ committed: s.committed, completed: s.completed, issues: s.issues });
    }
  });

  it('returns, for a user holding no level, monthly counts and points of only the unsecured issues', () => {
    const months = expected.viewers[lead?.accountId ?? '']?.CASE?.workload.months ?? [];
    const counted = months.map(({ month }) => {
      const resolved = standardIssues(fixture).filter(
        (i) =>
          i.fields.project.key === 'CASE' &&
          leadSees(i) &&
          i.fields.resolutiondate !== null &&
          monthKey(instant(i.fields.resolutiondate), fixture.timeZone) === month,
      );
      return { month, count: resolved.length, points: resolved.reduce((n, i) => n + Number(i.fields[STORY_POINTS_FIELD] ?? 0), 0) };
    });
    const totals = months.map(({ month, ...buckets }) => ({
      month,
      count: Object.values(buckets).reduce((n, b) => n + b.count, 0),
      points: Object.values(buckets).reduce((n, b) => n + b.points, 0),
    }));
    expect(totals).toEqual(counted);
  });

  it('returns every user, the admin with the figures under projects, and the newcomer with null everywhere', () => {
    const newcomer = fixture.users.find((u) => u.displayName === 'Nia Tremblay');
    expect(Object.values(expected.viewers[newcomer?.accountId ?? ''] ?? {}).every((p) => p === null)).toBe(true);
    expect(expected.viewers[expected.viewer]).toEqual(expected.projects);
    expect(Object.keys(expected.viewers)).toEqual(fixture.users.map((u) => u.accountId));
  });
});
