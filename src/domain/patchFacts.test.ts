import type { IssueFacts, ProjectFacts } from './facts';
import { patchFacts } from './patchFacts';

function issue(id: string, summary = `issue ${id}`): IssueFacts {
  return {
    issue: {
      id,
      key: `PAY-${id}`,
      hierarchyLevel: 0,
      issueTypeName: 'Story',
      statusCategory: 'new',
      labels: [],
      resolutionDate: null,
      parent: null,
      storyPoints: null,
    },
    projectKey: 'PAY',
    summary,
    statusId: '1',
    sprintIds: [],
    estimates: {},
    securityLevelId: null,
    changes: {},
  };
}

const FACTS: ProjectFacts = {
  projectKey: 'PAY',
  projectName: 'Payments',
  site: { now: '2026-11-15T12:00:00.000Z', timeZone: 'UTC', sprintFieldId: null, storyPointFieldId: null, statusCategories: {} },
  boards: [],
  issues: [issue('9'), issue('10'), issue('11')],
};

describe('patchFacts', () => {
  it('returns the changed issue in place of its old facts, a new one in id order, without the removed one', () => {
    const patched = patchFacts(FACTS, { changed: [issue('10', 'renamed'), issue('100')], removed: ['11'], now: '2026-11-16T12:00:00.000Z' });
    expect(patched.issues.map((entry) => [entry.issue.id, entry.summary])).toEqual([
      ['9', 'issue 9'],
      ['10', 'renamed'],
      ['100', 'issue 100'],
    ]);
    expect(patched.site.now).toBe('2026-11-16T12:00:00.000Z');
  });

  it('returns the same facts when the same patch is applied twice', () => {
    const patch = { changed: [issue('10', 'renamed')], removed: ['9'], now: '2026-11-16T12:00:00.000Z' };
    expect(patchFacts(patchFacts(FACTS, patch), patch)).toEqual(patchFacts(FACTS, patch));
  });

  it('returns the facts with only the clock moved when the patch is empty', () => {
    expect(patchFacts(FACTS, { changed: [], removed: [], now: FACTS.site.now })).toEqual(FACTS);
  });
});
