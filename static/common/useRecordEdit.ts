import { useState } from 'react';
import type { ResolverError, ResolverResult } from '../../src/shared/result';
import { fieldErrorOf } from './recordForm';

/** How a form's save reaches its resolver and maps a VALIDATION answer back onto the form's fields. */
export interface RecordSave<D> {
  send: () => Promise<ResolverResult<D>>;
  /** The payload key the server's field paths start with, e.g. `risk` in `risk.likelihood`. */
  prefix: string;
  fields: readonly string[];
  onSaved: (data: D) => void;
}

/**
 * The state every record form shares, in a modal or inline: the stored record being edited, the last
 * save failure, and on a CONFLICT the record as it is stored now, which the reader may load to start
 * again from.
 */
export function useRecordEdit<R>(initial: R | null, storedOf: (value: unknown) => R | null) {
  const [editing, setEditing] = useState<R | null>(initial);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const current = failure?.code === 'CONFLICT' ? storedOf(failure.current) : null;
  const useCurrent =
    current === null
      ? undefined
      : () => {
          setEditing(current);
          setFailure(null);
        };
  /** Saves; a field's mistake goes back to the form, any other failure shows above it. */
  const save = async <D>({ send, prefix, fields, onSaved }: RecordSave<D>): Promise<Record<string, string> | undefined> => {
    setFailure(null);
    const result = await send();
    if (result.ok) {
      onSaved(result.data);
      return undefined;
    }
    const onField = fieldErrorOf(result.error, prefix, fields);
    if (onField === null) setFailure(result.error);
    return onField ?? undefined;
  };
  return { editing, failure, current, useCurrent, save };
}
