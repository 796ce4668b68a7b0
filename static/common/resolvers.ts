import { invoke } from '@forge/bridge';
import type { FigureApi } from '../../src/shared/api';
import type { RecordApi } from '../../src/shared/records';
import type { ResolverError, ResolverResult } from '../../src/shared/result';

/**
 * Every resolver the UI may call, with its payload and data, from the backend's own contract. Issue 4's
 * records contract joins here as an intersection, so every call site stays typed by key.
 */
export type ResolverApi = FigureApi & RecordApi;
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

/** A resolver contract: each key with its payload and data, as the backend's shared types declare them. */
export type ResolverContract<Api> = { [K in keyof Api]: { payload: Record<string, unknown>; data: unknown } };

/**
 * Calls one resolver of `Api`; never throws, so each surface can say what failed. For a contract not
 * yet part of `ResolverApi` (a feature whose backend is still being merged), behind its own adapter.
 */
export async function callResolverOf<Api extends ResolverContract<Api>, K extends keyof Api & string>(
  key: K,
  payload: Api[K]['payload'],
): Promise<ResolverResult<Api[K]['data']>> {
  let answer: unknown;
  try {
    answer = await invoke(key, payload);
  } catch (reason) {
    return { ok: false, error: { code: 'INTERNAL', message: `Product Lens could not be reached (${key}): ${describe(reason)}` } };
  }
  if (isResultOf<Api[K]['data']>(answer)) return answer;
  return { ok: false, error: { code: 'INTERNAL', message: `Product Lens answered ${key} in an unexpected shape; reload the page` } };
}

/** Calls one resolver; never throws, so each surface can say what failed. */
export function callResolver<K extends ResolverKey>(key: K, payload: PayloadOf<K>): Promise<ResolverResult<DataOf<K>>> {
  return callResolverOf<ResolverApi, K>(key, payload);
}
