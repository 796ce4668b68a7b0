import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResolverError } from '../../../../src/shared/result';
import { listNotes, type ReviewNote, type UnreadableNotes } from './notesApi';

export type NotesResource =
  { status: 'loading' } | { status: 'ready'; notes: ReviewNote[]; unreadable: UnreadableNotes } | { status: 'failed'; error: ResolverError };

/** The review notes of `months`, kept on screen as saves and deletes answer (no need to load them again). */
export function useReviewNotes(months: readonly string[]) {
  const [resource, setResource] = useState<NotesResource>({ status: 'loading' });
  const monthsKey = months.join(',');
  const latestCall = useRef(0);

  const load = useCallback(async () => {
    const call = ++latestCall.current;
    setResource({ status: 'loading' });
    const result = await listNotes(monthsKey.split(','));
    // A slower, older answer must not overwrite a newer one.
    if (call !== latestCall.current) return;
    setResource(result.ok ? { status: 'ready', ...result.data } : { status: 'failed', error: result.error });
  }, [monthsKey]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching is this effect's job, and marking the notes loading as the call starts is part of it
    void load();
  }, [load]);

  const upsert = useCallback((note: ReviewNote) => {
    setResource((current) => {
      if (current.status !== 'ready') return current;
      const others = current.notes.filter((candidate) => candidate.id !== note.id);
      return { ...current, notes: [...others, note] };
    });
  }, []);

  const remove = useCallback((id: string) => {
    setResource((current) => (current.status === 'ready' ? { ...current, notes: current.notes.filter((note) => note.id !== id) } : current));
  }, []);

  return { resource, reload: load, upsert, remove };
}
