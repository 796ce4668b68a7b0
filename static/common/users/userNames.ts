import { USER_NAMES_LIMIT } from '../../../src/shared/users';
import { callResolver } from '../resolvers';

/**
 * The page's cache of people's names by account id, shared by every owner shown: the ids asked in one
 * render are sent together (`users/names`, at most 50 a call) and each is asked once per page load.
 * `null`: Jira does not know the account (or hides its name). An id whose call failed is
 * `unavailable` and asked again when a screen next asks for it.
 */
const names = new Map<string, string | null>();
const unavailable = new Set<string>();
/** Every id asked this page load (answered or not), and those waiting for this tick's call. */
const asked = new Set<string>();
const queued = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/** A name the page learnt elsewhere (a picker's choice), so it is not asked again. */
export function rememberName(accountId: string, displayName: string): void {
  if (names.get(accountId) === displayName) return;
  names.set(accountId, displayName);
  changed();
}

/** The name when known; null when Jira does not know the account; undefined while not asked yet or on its way. */
export function knownName(accountId: string): string | null | undefined {
  return names.get(accountId);
}

/** Whether the last call for this id failed (Jira or the app could not answer). */
export function nameUnavailable(accountId: string): boolean {
  return unavailable.has(accountId);
}

async function askChunk(accountIds: string[]): Promise<void> {
  const result = await callResolver('users/names', { accountIds });
  for (const accountId of accountIds) {
    if (result.ok) {
      names.set(accountId, result.data.names[accountId] ?? null);
      unavailable.delete(accountId);
    } else {
      unavailable.add(accountId);
      asked.delete(accountId);
    }
  }
  changed();
}

function sendQueued(): void {
  const accountIds = [...queued];
  queued.clear();
  for (let start = 0; start < accountIds.length; start += USER_NAMES_LIMIT) void askChunk(accountIds.slice(start, start + USER_NAMES_LIMIT));
}

/** Asks for the names not known nor on their way, together with the others asked in the same tick. */
export function requestNames(accountIds: readonly string[]): void {
  const fresh = [...new Set(accountIds)].filter((accountId) => accountId !== '' && !names.has(accountId) && !asked.has(accountId));
  if (fresh.length === 0) return;
  const wasIdle = queued.size === 0;
  for (const accountId of fresh) {
    asked.add(accountId);
    queued.add(accountId);
  }
  if (wasIdle) queueMicrotask(sendQueued);
}

/** For `useSyncExternalStore`: a number that changes whenever a name arrives. */
export function namesVersion(): number {
  return version;
}

export function subscribeToNames(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
