import { issueFacts, projectFacts } from '../../test/builders';
import type { IssueFacts, ProjectFacts } from './facts';
import { productFigures } from './productFigures';
import { foreignProjects, securedIssueIds, visibleFacts } from './visibility';

function issue(id: string, key: string, extra: Partial<IssueFacts> & { level?: number; parent?: string; resolved?: string; points?: number } = {}): IssueFacts {
  const { level = 0, parent, resolved, points = 1, ...rest } = extra;
  return issueFacts(id, {
    issue: {
      key,
      hierarchyLevel: level,
      issueTypeName: level === 1 ? 'Epic' : 'Story',
      statusCategory: resolved === undefined ? 'indeterminate' : 'done',
      resolutionDate: resolved ?? null,
      parent: parent === undefined ? null : { key: parent, hierarchyLevel: 1 },
      storyPoints: points,
      workTypeProperty: level === 1 ? { workType: 'risk' } : undefined,
    },
    projectKey: key.split('-')[0] ?? '',
    summary: key,
    ...rest,
  });
}

const FACTS: ProjectFacts = projectFacts([
  issue('10', 'PAY-10', { resolved: '2026-11-02T10:00:00.000Z', points: 3 }),
  issue('11', 'PAY-11', { resolved: '2026-11-03T10:00:00.000Z', points: 5, securityLevelId: '100' }),
  issue('12', 'PAY-12', { resolved: '2026-11-04T10:00:00.000Z', points: 8, securityLevelId: '100' }),
  issue('13', 'PAY-13', { parent: 'SEC-1', points: 2 }),
  issue('1', 'SEC-1', { level: 1 }),
]);

const novemberUntagged = (facts: ProjectFacts) => productFigures(facts, 1).workload.months[0]?.untagged;

describe('visibleFacts', () => {
  it('returns every issue to a viewer who sees all secured issues and browses every project', () => {
    expect(visibleFacts(FACTS, { securedIssueIds: 'all', browsableProjects: 'all' }).issues).toHaveLength(5);
  });

  it('returns only the secured issues the viewer holds the level of, so figures count only those', () => {
    const visible = visibleFacts(FACTS, { securedIssueIds: new Set(['11']), browsableProjects: 'all' });
    expect(visible.issues.map((entry) => entry.issue.key)).toEqual(['PAY-10', 'PAY-11', 'PAY-13', 'SEC-1']);
    expect(novemberUntagged(visible)).toEqual({ count: 2, points: 8 });
    expect(novemberUntagged(FACTS)).toEqual({ count: 3, points: 16 });
  });

  it('returns no epic of a project the viewer may not browse, so it lends no work type', () => {
    const visible = visibleFacts(FACTS, { securedIssueIds: 'all', browsableProjects: new Set(['PAY']) });
    expect(visible.issues.some((entry) => entry.issue.key === 'SEC-1')).toBe(false);
    expect(productFigures(visible, 1).inFlight.risk.count).toBe(0);
    expect(productFigures(FACTS, 1).inFlight.risk.count).toBe(1);
  });

  it('returns the secured issue ids and the other projects lending tags', () => {
    expect(securedIssueIds(FACTS)).toEqual(['11', '12']);
    expect(foreignProjects(FACTS)).toEqual(['SEC']);
  });
});
