import { issueFacts, projectFacts } from '../../../test/builders';
import type { IssueFacts, ProjectFacts } from '../../domain/facts';
import { decodeFactGroups, encodeFactGroups, IDS_PER_GROUP } from './factGroups';

function issue(id: number, summary = `Story ${id}`): IssueFacts {
  return issueFacts(String(id), {
    summary,
    issue: { storyPoints: 3 },
    estimates: { customfield_10016: 3 },
    changes: { status: [{ at: 1_763_000_000_000, from: '1', fromString: 'To Do' }] },
  });
}

const FACTS: ProjectFacts = projectFacts([issue(IDS_PER_GROUP * 3 + 5), issue(10), issue(11), issue(IDS_PER_GROUP + 1)], {
  site: { now: '2026-11-15T06:00:00.000+0000', timeZone: 'UTC', sprintFieldId: 'customfield_10020', storyPointFieldId: null, statusCategories: { '1': 'new' } },
});

describe('encodeFactGroups and decodeFactGroups', () => {
  it('returns the project part, then one group per id range, and the facts back in id order', () => {
    const groups = encodeFactGroups(FACTS);
    expect(groups).toHaveLength(4);
    expect(decodeFactGroups('test facts', groups).issues.map((entry) => entry.issue.id)).toEqual(['10', '11', '2001', '6005']);
  });

  it('returns new hashes only for the group of a changed issue and the project part', () => {
    const before = encodeFactGroups(FACTS).map((group) => group.map((piece) => piece.hash));
    const changed = {
      ...FACTS,
      site: { ...FACTS.site, now: '2026-11-15T07:00:00.000+0000' },
      issues: FACTS.issues.map((entry) => (entry.issue.id === '11' ? issue(11, 'Renamed') : entry)),
    };
    const after = encodeFactGroups(changed).map((group) => group.map((piece) => piece.hash));
    expect(after.map((hashes, index) => hashes.join() === before[index]?.join())).toEqual([false, false, true, true]);
  });

  it('returns an empty list of issues for a project without issues', () => {
    const groups = encodeFactGroups({ ...FACTS, issues: [] });
    expect(groups).toHaveLength(1);
    expect(decodeFactGroups('test facts', groups).issues).toEqual([]);
  });

  it('throws naming the group when one of its pieces is missing', () => {
    const groups = encodeFactGroups(FACTS).map((group, index) => (index === 2 ? [undefined] : group));
    expect(() => decodeFactGroups('test facts', groups)).toThrow('The stored test facts (issue group 2 of 3) is missing piece 1 of 1');
  });
});
