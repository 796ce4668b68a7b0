import { collectPages, pagesByOffset, pagesByToken } from './pagination';

describe('pagesByToken', () => {
  it('returns every page until one comes without a nextPageToken', async () => {
    const pages: Record<string, { items: number[]; nextPageToken?: string }> = {
      first: { items: [1, 2], nextPageToken: 't2' },
      t2: { items: [3], nextPageToken: 't3' },
      t3: { items: [4] },
    };
    const tokens: (string | undefined)[] = [];
    const all = await collectPages(
      pagesByToken(async (token) => {
        tokens.push(token);
        return pages[token ?? 'first'] ?? { items: [] };
      }),
    );
    expect(all).toEqual([1, 2, 3, 4]);
    expect(tokens).toEqual([undefined, 't2', 't3']);
  });

  it('stops instead of looping when Jira repeats a token', async () => {
    let calls = 0;
    const all = await collectPages(
      pagesByToken(async () => {
        calls += 1;
        return { items: [calls], nextPageToken: 'same' };
      }),
    );
    expect(all).toEqual([1, 2]);
  });
});

describe('pagesByOffset', () => {
  it('returns every page until isLast', async () => {
    const starts: number[] = [];
    const all = await collectPages(
      pagesByOffset(async (startAt) => {
        starts.push(startAt);
        return startAt === 0 ? { values: ['a', 'b'], isLast: false } : { values: ['c'], isLast: true };
      }),
    );
    expect(all).toEqual(['a', 'b', 'c']);
    expect(starts).toEqual([0, 2]);
  });

  it('stops when the total is reached even without isLast', async () => {
    let calls = 0;
    await collectPages(
      pagesByOffset(async () => {
        calls += 1;
        return { values: [1, 2], total: 2 };
      }),
    );
    expect(calls).toBe(1);
  });

  it('stops on an empty page', async () => {
    const all = await collectPages(pagesByOffset(async () => ({ values: [] })));
    expect(all).toEqual([]);
  });
});
