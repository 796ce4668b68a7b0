import type { ResolverResult } from '../../../../src/shared/result';
import type { ReviewNote, ReviewNoteEdit } from '../../../../src/shared/reviewNotes';
import { callResolver } from '../../../common/resolvers';

export type { ReviewNote, ReviewNoteEdit } from '../../../../src/shared/reviewNotes';

/** Why a product's notes could not be read, by project key. */
export type UnreadableNotes = Readonly<Record<string, string>>;

/** The notes of `months` for every product the viewer may browse (and only those), and whose could not be read. */
export async function listNotes(months: string[]): Promise<ResolverResult<{ notes: ReviewNote[]; unreadable: UnreadableNotes }>> {
  const result = await callResolver('notes/list', { months });
  if (!result.ok) return result;
  const unreadable = Object.fromEntries(result.data.unreadable.map(({ projectKey, message }) => [projectKey, message]));
  return { ok: true, data: { notes: result.data.notes, unreadable } };
}

/** Saves a note under the version rule: a stale `version` answers CONFLICT with the note as stored now. */
export function saveNote(projectKey: string, note: ReviewNoteEdit): Promise<ResolverResult<ReviewNote>> {
  return callResolver('notes/save', { projectKey, note });
}

export function deleteNote(note: ReviewNote): Promise<ResolverResult<{ id: string; deleted: true }>> {
  return callResolver('notes/delete', { projectKey: note.projectKey, id: note.id, version: note.version });
}
