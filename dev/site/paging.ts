import { createHash } from 'node:crypto';
import { HttpError } from './http';

/**
 * `nextPageToken` paging. A token is opaque to clients: base64url of the offset and a hash of the
 * request it belongs to, so a token replayed against another query is refused rather than misread.
 */
export const INVALID_TOKEN = 'The nextPageToken is invalid, or it belongs to a different request.';

export function requestHash(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('base64url').slice(0, 16);
}

export function encodePageToken(offset: number, hash: string): string {
  return Buffer.from(`${offset}:${hash}`, 'utf8').toString('base64url');
}

/** The offset a token stands for: 0 without a token; Jira's 400 for a token of another request. */
export function decodePageToken(token: string | undefined, hash: string): number {
  if (token === undefined || token === '') return 0;
  const match = /^(\d+):(.+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match || match[2] !== hash) throw new HttpError(400, INVALID_TOKEN);
  return Number(match[1]);
}

export interface TokenPage<T> {
  items: T[];
  nextPageToken?: string;
  isLast: boolean;
}

/** One page of `items` from the token's offset; the token is absent on the last page. */
export function tokenPage<T>(items: readonly T[], token: string | undefined, hash: string, size: number): TokenPage<T> {
  const offset = decodePageToken(token, hash);
  const end = offset + size;
  const page = items.slice(offset, end);
  const isLast = end >= items.length;
  return isLast ? { items: page, isLast } : { items: page, nextPageToken: encodePageToken(end, hash), isLast };
}

export interface OffsetPage<T> {
  startAt: number;
  maxResults: number;
  total: number;
  isLast: boolean;
  values: T[];
}

/** One `startAt` page, as Jira's PageBean and the agile lists answer. */
export function offsetPage<T>(items: readonly T[], startAt: number, maxResults: number): OffsetPage<T> {
  const values = items.slice(startAt, startAt + maxResults);
  return { startAt, maxResults, total: items.length, isLast: startAt + values.length >= items.length, values };
}
