import { expectedFigures } from './expected';
import type { UserJson, VersionJson } from './fixture-types';
import { DEFAULT_TIME_ZONE } from './generate-site';
import type { SimProject } from './issues';
import type { SimBoard, SimIssue, SimSprint, SprintIssueReport } from './model';
import { productAt } from './names';
import { SECURITY_LEVELS } from './security';
import type { SimSite } from './simulate';
import { instant, simIssue } from './test-support';

const NOW = instant('2026-11-15T06:00:00Z');
const SECURE = SECURITY_LEVELS.security.id;

const user = (accountId: string, keys: string[], levels?: string[]): UserJson => ({
  accountId,
  displayName: accountId,
  timeZone: DEFAULT_TIME_ZONE,
  permissions: Object.fromEntries(keys.map((k) => [k, ['BROWSE_PROJECTS' as const]])),
  ...(levels === undefined ? {} : { issueSecurityLevels: levels }),
});

const report = (issue: SimIssue, outcome: SprintIssueReport['outcome'], estimate: number): SprintIssueReport => ({
  issue,
  outcome,
  inCommitment: true,
  addedDuringSprint: false,
  notCountedAtStart: null,
  estimateAtStart: estimate,
  estimateAtEnd: estimate,
});

/**
 * Identity in Toronto, released R1 on October 1st: a feature started September 2nd and resolved
 * September 25th under R1 (6 days before it), and a secured defect created two days after the
 * release and resolved two days later. Both were committed to a closed sprint, the feature completed
 * (5 points) and the defect removed (8 points).
 */
function site(): SimSite {
  const feature = simIssue(1, '2026-09-01T12:00:00Z', { property: 'feature', status: 'done', estimate: 5, fixVersionId: '10100' });
  feature.startedAt = instant('2026-09-02T12:00:00Z');
  feature.resolvedAt = instant('2026-09-25T16:00:00Z');
  const defect = simIssue(2, '2026-10-03T16:00:00Z', { property: 'defect', status: 'done', estimate: 8, security: SECURE });
  defect.resolvedAt = instant('2026-10-05T16:00:00Z');
  const project: SimProject = { index: 0, id: '10000', product: productAt(3), epics: [], issues: [feature, defect] };
  const board: SimBoard = { id: 1, name: 'IDN Falcons', type: 'scrum', projectIndex: 0, share: 1, columnConfig: null, filterProjects: [0] };
  const [start, end] = [instant('2026-09-20T12:00:00Z'), instant('2026-10-04T12:00:00Z')];
  const sprint: SimSprint = { id: 7, boardId: 1, index: 0, name: 'IDN Falcons Sprint 1', state: 'closed', start, end, complete: end, goal: '' };
  const release: VersionJson = {
    id: '10100',
    projectId: '10000',
    name: 'IDN R1',
    description: '',
    archived: false,
    released: true,
    startDate: '2026-07-01',
    releaseDate: '2026-10-01',
  };
  return {
    options: {
      seed: 1,
      now: NOW,
      timeZone: DEFAULT_TIME_ZONE,
      projects: 1,
      issuesPerProject: 2,
      largestProjectIssues: null,
      securedShare: 0.5,
      sprintWeeks: 2,
      months: 24,
    },
    projects: [project],
    boards: [board],
    sprints: new Map([[1, [sprint]]]),
    versions: [release],
    securityLevels: Object.values(SECURITY_LEVELS),
    users: [{ ...user('admin', ['IDN'], [SECURE]), siteAdmin: true }, user('lead', ['IDN']), user('newcomer', [])],
    figures: new Map([[1, [{ sprint, issues: [report(feature, 'completed', 5), report(defect, 'removed', 8)] }]]]),
  };
}

describe("the expected figures' flow, delivery and signals per viewer", () => {
  const { viewers } = expectedFigures(site());
  const admin = viewers.admin?.IDN;
  const lead = viewers.lead?.IDN;

  it('returns flow times from the work started for the admin, and nothing of the secured defect for a user without its level', () => {
    expect(admin?.flow.feature).toEqual({ velocity: 1, timeMedianDays: 23 + 4 / 24, time85Days: 23 + 4 / 24, load: 0 });
    expect(admin?.flow.defect).toEqual({ velocity: 1, timeMedianDays: 2, time85Days: 2, load: 0 });
    expect(lead?.flow.defect).toEqual({ velocity: 0, timeMedianDays: null, time85Days: null, load: 0 });
    expect(lead?.flow.all.velocity).toBe(1);
  });

  it('returns the release followed by a defect for the admin, and not followed for a user who may not see that defect', () => {
    expect(admin?.delivery).toMatchObject({ releaseFrequency: 1 / 12, leadTimeMedianDays: 6, changeFailureRate: 1, timeToRestoreMedianDays: 2 });
    expect(lead?.delivery).toMatchObject({ releaseFrequency: 1 / 12, leadTimeMedianDays: 6, changeFailureRate: 0, timeToRestoreMedianDays: null });
    expect(admin?.delivery.releases.find((r) => r.month === '2026-10')?.count).toBe(1);
  });

  it("returns signals from the viewer's own quarter and sprints: overcommitment only where the removed defect counts", () => {
    expect(admin?.signals).toEqual(['no-risk-or-debt', 'overcommitment']);
    expect(lead?.signals).toEqual(['no-risk-or-debt']);
  });

  it('returns null, with no review figures, for a project the viewer may not browse', () => {
    expect(viewers.newcomer?.IDN).toBeNull();
  });
});
