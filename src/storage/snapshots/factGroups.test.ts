import { issueFacts, projectFacts } from '../../../test/builders';
import type { IssueFacts } from '../../domain/facts';
import { decodeFactGroups, encodeFactGroups, groupStartsOf, ISSUES_PER_GROUP } from './factGroups';

function issue(id: number, summary = `Story ${id}`): IssueFacts {
  return issueFacts(String(id), { summary, issue: { storyPoints: 3 }, changes: { status: [{ at: 1_763_000_000_000, from: '1', fromString: 'To Do', to: null, toString: null }] } });
}

/** 2.5 groups' worth of issues with ids 10, 20, 30, …, in no particular order. */
const ISSUES = Array.from({ length: ISSUES_PER_GROUP * 2.5 }, (_, index) => issue(((index * 7919) % (ISSUES_PER_GROUP * 2.5)) * 10 + 10));
const FACTS = projectFacts(ISSUES);
const STARTS = groupStartsOf(FACTS);

const hashesOf = (groups: ReturnType<typeof encodeFactGroups>) => groups.map((group) => group.map((piece) => piece.hash).join());

describe('groupStartsOf', () => {
  it('returns a start every ISSUES_PER_GROUP issues in id order', () => {
    expect(STARTS).toEqual([0, ISSUES_PER_GROUP * 10 + 10, ISSUES_PER_GROUP * 20 + 10]);
  });

  it('returns one start for a project without issues', () => {
    expect(groupStartsOf({ issues: [] })).toEqual([0]);
  });
});

describe('encodeFactGroups and decodeFactGroups', () => {
  it('returns the project part and one group per start, and the facts back in id order', () => {
    const groups = encodeFactGroups(FACTS, STARTS);
    expect(groups).toHaveLength(4);
    const ids = decodeFactGroups('test facts', groups).issues.map((entry) => Number(entry.issue.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids).toHaveLength(ISSUES.length);
  });

  it('returns new hashes only for the changed issue group, the project part, and the last group for a new issue', () => {
    const before = hashesOf(encodeFactGroups(FACTS, STARTS));
    const changed = projectFacts([...ISSUES.map((entry) => (entry.issue.id === '20' ? issue(20, 'Renamed') : entry)), issue(999_999)], {
      site: { ...FACTS.site, now: '2026-11-16T12:00:00.000Z' },
    });
    const after = hashesOf(encodeFactGroups(changed, STARTS));
    expect(after.map((hashes, index) => hashes === before[index])).toEqual([false, false, true, false]);
  });

  it('throws naming the group when one of its pieces is missing', () => {
    const groups = encodeFactGroups(FACTS, STARTS).map((group, index) => (index === 2 ? [undefined] : group));
    expect(() => decodeFactGroups('test facts', groups)).toThrow('The stored test facts (issue group 2 of 3) is missing piece 1 of 1');
  });
});
