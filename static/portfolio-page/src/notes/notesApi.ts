import type { ResolverResult } from '../../../../src/shared/result';
import { callResolverOf } from '../../../common/resolvers';
import type { ReviewNote, ReviewNoteApi, ReviewNoteEdit } from './noteTypes';

export type { ReviewNote, ReviewNoteEdit } from './noteTypes';

/** The notes of `months` for every product the viewer may browse (and only those). */
export function listNotes(months: string[]): Promise<ResolverResult<ReviewNoteApi['notes/list']['data']>> {
  return callResolverOf<ReviewNoteApi, 'notes/list'>('notes/list', { months });
}

/** Saves a note under the version rule: a stale `version` answers CONFLICT with the note as stored now. */
export function saveNote(projectKey: string, note: ReviewNoteEdit): Promise<ResolverResult<ReviewNote>> {
  return callResolverOf<ReviewNoteApi, 'notes/save'>('notes/save', { projectKey, note });
}

export function deleteNote(note: ReviewNote): Promise<ResolverResult<{ id: string; deleted: true }>> {
  return callResolverOf<ReviewNoteApi, 'notes/delete'>('notes/delete', { projectKey: note.projectKey, id: note.id, version: note.version });
}
