import { invoke } from '@forge/bridge';
import type { FigureApi } from '../../src/shared/api';
import type { RecordApi } from '../../src/shared/records';
import type { ReviewNoteApi } from '../../src/shared/reviewNotes';
import type { ResolverError, ResolverResult } from '../../src/shared/result';
import type { UserApi } from '../../src/shared/users';

/**
 * Every resolver the UI may call, with its payload and data, from the backend's own contract. Each
 * feature's contract (records, review notes, users) joins here as an intersection, so every call site stays
 * typed by key.
 */
export type ResolverApi = FigureApi & RecordApi & ReviewNoteApi & UserApi;
export type ResolverKey = keyof ResolverApi;
export type PayloadOf<K extends ResolverKey> = ResolverApi[K]['payload'];
export type DataOf<K extends ResolverKey> = ResolverApi[K]['data'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isResolverError(value: unknown): value is ResolverError {
  return isRecord(value) && typeof value.code === 'string' && typeof value.message === 'string';
}

/**
 * Checks the envelope only: the data is typed by the contract both sides compile against, while a
 * platform failure (no answer, HTML error page, a thrown resolver) must show as an error, not a crash.
 */
function isResultOf<T>(value: unknown): value is ResolverResult<T> {
  if (!isRecord(value)) return false;
  if (value.ok === true) return 'data' in value;
  return value.ok === false && isResolverError(value.error);
}

function describe(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

/** Calls one resolver; never throws, so each surface can say what failed. */
export async function callResolver<K extends ResolverKey>(key: K, payload: PayloadOf<K>): Promise<ResolverResult<DataOf<K>>> {
  let answer: unknown;
  try {
    answer = await invoke(key, payload);
  } catch (reason) {
    return { ok: false, error: { code: 'INTERNAL', message: `Product Lens could not be reached (${key}): ${describe(reason)}` } };
  }
  if (isResultOf<DataOf<K>>(answer)) return answer;
  return { ok: false, error: { code: 'INTERNAL', message: `Product Lens answered ${key} in an unexpected shape; reload the page` } };
}
