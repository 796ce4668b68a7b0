import type { ResolverResult } from '../../../../src/shared/result';
import type { ReviewNote, ReviewNoteEdit } from '../../../../src/shared/reviewNotes';
import { callResolver } from '../../../common/resolvers';

export type { ReviewNote, ReviewNoteEdit } from '../../../../src/shared/reviewNotes';

/** The notes of `months` for every product the viewer may browse (and only those). */
export async function listNotes(months: string[]): Promise<ResolverResult<ReviewNote[]>> {
  const result = await callResolver('notes/list', { months });
  return result.ok ? { ok: true, data: result.data.notes } : result;
}

/** Saves a note under the version rule: a stale `version` answers CONFLICT with the note as stored now. */
export function saveNote(projectKey: string, note: ReviewNoteEdit): Promise<ResolverResult<ReviewNote>> {
  return callResolver('notes/save', { projectKey, note });
}

export function deleteNote(note: ReviewNote): Promise<ResolverResult<{ id: string; deleted: true }>> {
  return callResolver('notes/delete', { projectKey: note.projectKey, id: note.id, version: note.version });
}
