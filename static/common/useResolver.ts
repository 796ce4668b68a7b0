import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResolverError } from '../../src/shared/result';
import { callResolver, type DataOf, type PayloadOf, type ResolverKey } from './resolvers';

/** A resolver's answer as a screen sees it; a refresh keeps the last data on screen meanwhile. */
export type Resource<T> = { status: 'loading' } | { status: 'ready'; data: T; refreshing: boolean } | { status: 'failed'; error: ResolverError; what: string };

export interface ResolverState<T> {
  resource: Resource<T>;
  /** Fetches again; resolves once the new answer is on screen. */
  reload: () => Promise<void>;
  /** Replaces the data with a newer answer already in hand (e.g. a save that returns the record). */
  replace: (data: T) => void;
}

/**
 * Loads `key` once on mount (and when the payload changes). `what` names the figures in the error
 * state, e.g. "the product's figures".
 */
export function useResolver<K extends ResolverKey>(key: K, payload: PayloadOf<K>, what: string): ResolverState<DataOf<K>> {
  const [resource, setResource] = useState<Resource<DataOf<K>>>({ status: 'loading' });
  // Payloads are small literals; their JSON says when a new call is needed, whatever their identity,
  // and it is what the bridge sends anyway.
  const payloadJson = JSON.stringify(payload);
  const latestCall = useRef(0);

  const load = useCallback(async () => {
    const call = ++latestCall.current;
    setResource((previous) => (previous.status === 'ready' ? { ...previous, refreshing: true } : { status: 'loading' }));
    const result = await callResolver(key, JSON.parse(payloadJson) as PayloadOf<K>);
    // A slower, older answer must not overwrite a newer one.
    if (call !== latestCall.current) return;
    setResource(result.ok ? { status: 'ready', data: result.data, refreshing: false } : { status: 'failed', error: result.error, what });
  }, [key, payloadJson, what]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching is this effect's job, and marking the resource loading as the call starts is part of it
    void load();
  }, [load]);

  const replace = useCallback((data: DataOf<K>) => {
    latestCall.current += 1;
    setResource({ status: 'ready', data, refreshing: false });
  }, []);

  return { resource, reload: load, replace };
}
