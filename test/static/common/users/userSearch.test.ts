import type { ResolverResult } from '../../../../src/shared/result';
import type { SiteUser } from '../../../../src/shared/users';

/** The picker's debounced search, with `users/search` answered by literal results. */
type Search = typeof import('../../../../static/common/users/userSearch');
let queries: string[];
let answer: ResolverResult<{ users: SiteUser[] }>;

async function freshSearch(): Promise<Search> {
  jest.resetModules();
  jest.doMock('../../../../static/common/resolvers', () => ({
    callResolver: (key: string, payload: { query: string }) => {
      if (key !== 'users/search') throw new Error(`unexpected ${key}`);
      queries.push(payload.query);
      return Promise.resolve(answer);
    },
  }));
  return import('../../../../static/common/users/userSearch');
}

beforeEach(() => {
  jest.useFakeTimers();
  queries = [];
  answer = { ok: true, data: { users: [{ accountId: '557058:sam', displayName: 'Sam Product-Owner' }] } };
});
afterEach(() => jest.useRealTimers());

describe('debouncedUserSearch', () => {
  it('returns the people of the last query only, asking Jira once, when letters are typed faster than the delay', async () => {
    const { debouncedUserSearch, SEARCH_DELAY_MS } = await freshSearch();
    const search = debouncedUserSearch(() => undefined);
    const first = search('s');
    const last = search(' sam ');
    await jest.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
    expect(await first).toEqual([]);
    expect(await last).toEqual([{ value: '557058:sam', label: 'Sam Product-Owner' }]);
    expect(queries).toEqual(['sam']);
  });

  it('returns no one without asking when the query is blank', async () => {
    const { debouncedUserSearch, SEARCH_DELAY_MS } = await freshSearch();
    const search = debouncedUserSearch(() => undefined);
    const blank = search('   ');
    await jest.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
    expect(await blank).toEqual([]);
    expect(queries).toEqual([]);
  });

  it("returns no one and reports the resolver's message when the search fails, and clears it when one succeeds", async () => {
    const { debouncedUserSearch, SEARCH_DELAY_MS } = await freshSearch();
    const heard: (string | null)[] = [];
    const search = debouncedUserSearch((message) => heard.push(message));
    answer = { ok: false, error: { code: 'UPSTREAM', message: 'Jira is busy (rate limited); try again in a minute' } };
    const failed = search('sam');
    await jest.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
    expect(await failed).toEqual([]);
    answer = { ok: true, data: { users: [] } };
    const empty = search('zed');
    await jest.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
    expect(await empty).toEqual([]);
    expect(heard).toEqual(['Jira is busy (rate limited); try again in a minute', null]);
  });
});
