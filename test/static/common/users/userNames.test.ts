import type { ResolverResult } from '../../../../src/shared/result';

/** The page's name cache, with `users/names` answered by a literal site of two people. */
const SITE: Record<string, string> = { '557058:sam': 'Sam Product-Owner', '557058:alex': 'Alex Admin' };

type Names = typeof import('../../../../static/common/users/userNames');
let calls: string[][];
let answer: (accountIds: string[]) => ResolverResult<{ names: Record<string, string> }>;

async function freshCache(): Promise<Names> {
  jest.resetModules();
  jest.doMock('../../../../static/common/resolvers', () => ({
    callResolver: (key: string, payload: { accountIds: string[] }) => {
      if (key !== 'users/names') throw new Error(`unexpected ${key}`);
      calls.push(payload.accountIds);
      return Promise.resolve(answer(payload.accountIds));
    },
  }));
  return import('../../../../static/common/users/userNames');
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  calls = [];
  answer = (accountIds) => ({ ok: true, data: { names: Object.fromEntries(accountIds.flatMap((id) => (SITE[id] ? [[id, SITE[id]]] : []))) } });
});

describe('the page name cache', () => {
  it('returns the names in one users/names call when ids are asked in the same tick, and null for an id Jira does not know', async () => {
    const cache = await freshCache();
    cache.requestNames(['557058:sam']);
    cache.requestNames(['557058:alex', '557058:gone', '']);
    expect(cache.knownName('557058:sam')).toBeUndefined();
    await settled();
    expect(calls).toEqual([['557058:sam', '557058:alex', '557058:gone']]);
    expect([cache.knownName('557058:sam'), cache.knownName('557058:alex'), cache.knownName('557058:gone')]).toEqual(['Sam Product-Owner', 'Alex Admin', null]);
  });

  it('returns a cached name without asking again, and never asks for a name a picker already gave', async () => {
    const cache = await freshCache();
    cache.rememberName('557058:sam', 'Sam Product-Owner');
    cache.requestNames(['557058:sam']);
    await settled();
    cache.requestNames(['557058:alex']);
    await settled();
    cache.requestNames(['557058:alex', '557058:sam']);
    await settled();
    expect(calls).toEqual([['557058:alex']]);
  });

  it('returns names in calls of at most 50 ids when more are asked at once', async () => {
    const cache = await freshCache();
    cache.requestNames(Array.from({ length: 120 }, (_, index) => `557058:user-${index}`));
    await settled();
    expect(calls.map((ids) => ids.length)).toEqual([50, 50, 20]);
  });

  it('returns the ids of a failed call as unavailable, not unknown, and asks for them again when next asked', async () => {
    const cache = await freshCache();
    answer = () => ({ ok: false, error: { code: 'UPSTREAM', message: 'Jira could not answer' } });
    const heard: number[] = [];
    cache.subscribeToNames(() => heard.push(cache.namesVersion()));
    cache.requestNames(['557058:sam']);
    await settled();
    expect([cache.knownName('557058:sam'), cache.nameUnavailable('557058:sam')]).toEqual([undefined, true]);
    expect(heard).toEqual([1]);

    answer = () => ({ ok: true, data: { names: { '557058:sam': 'Sam Product-Owner' } } });
    cache.requestNames(['557058:sam']);
    await settled();
    expect([cache.knownName('557058:sam'), cache.nameUnavailable('557058:sam')]).toEqual(['Sam Product-Owner', false]);
    expect(calls).toEqual([['557058:sam'], ['557058:sam']]);
    expect(heard).toEqual([1, 2]);
  });
});
