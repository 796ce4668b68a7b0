import { issueFacts, projectFacts } from '../../test/builders';
import { patchFacts } from './patchFacts';

const FACTS = projectFacts([issueFacts('9'), issueFacts('10'), issueFacts('11')]);

describe('patchFacts', () => {
  it('returns the changed issue in place of its old facts, a new one in id order, without the removed one', () => {
    const patched = patchFacts(FACTS, {
      changed: [issueFacts('10', { summary: 'renamed' }), issueFacts('100')],
      removed: ['11'],
      now: '2026-11-16T12:00:00.000Z',
    });
    expect(patched.issues.map((entry) => [entry.issue.id, entry.summary])).toEqual([
      ['9', 'Story 9'],
      ['10', 'renamed'],
      ['100', 'Story 100'],
    ]);
    expect(patched.site.now).toBe('2026-11-16T12:00:00.000Z');
  });

  it('returns the same facts when the same patch is applied twice', () => {
    const patch = { changed: [issueFacts('10', { summary: 'renamed' })], removed: ['9'], now: '2026-11-16T12:00:00.000Z' };
    expect(patchFacts(patchFacts(FACTS, patch), patch)).toEqual(patchFacts(FACTS, patch));
  });

  it('returns the facts with only the clock moved when the patch is empty', () => {
    expect(patchFacts(FACTS, { changed: [], removed: [], now: FACTS.site.now })).toEqual(FACTS);
  });
});
