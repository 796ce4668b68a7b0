/**
 * Paging helpers: one for Jira's `nextPageToken` cursor pages, one for `startAt` offset pages.
 * Both stop on the page that says it is the last, never loop on a repeated cursor, and yield pages
 * as they arrive so callers can start work before the last page.
 */
export interface TokenPage<T> {
  items: readonly T[];
  nextPageToken?: string | null;
}

export async function* pagesByToken<T>(fetchPage: (token: string | undefined) => Promise<TokenPage<T>>): AsyncGenerator<readonly T[]> {
  const seen = new Set<string>();
  let token: string | undefined;
  for (;;) {
    const page = await fetchPage(token);
    yield page.items;
    const next = page.nextPageToken ?? undefined;
    if (next === undefined || next === '' || seen.has(next)) return;
    seen.add(next);
    token = next;
  }
}

export interface OffsetPage<T> {
  values: readonly T[];
  isLast?: boolean;
  total?: number;
}

export async function* pagesByOffset<T>(fetchPage: (startAt: number) => Promise<OffsetPage<T>>): AsyncGenerator<readonly T[]> {
  let startAt = 0;
  for (;;) {
    const page = await fetchPage(startAt);
    yield page.values;
    startAt += page.values.length;
    const reachedTotal = page.total !== undefined && startAt >= page.total;
    if (page.values.length === 0 || page.isLast === true || reachedTotal) return;
  }
}

/** Every item of every page. */
export async function collectPages<T>(pages: AsyncIterable<readonly T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const items of pages) all.push(...items);
  return all;
}
