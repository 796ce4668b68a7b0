import type { StoredRecord } from '../../../../src/shared/records';

/*
 * The review notes' contract (issue 10, Decisions) as the page calls it. Its backend is being merged
 * from another branch; until `src/shared/reviewNotes.ts` is on main this file mirrors that shape, and
 * this file and notesApi.ts are what the merge changes (its types from there, `callResolver` once
 * the keys are in `ResolverApi`).
 */
export const ACTION_STATES = ['open', 'done'] as const;
export type ActionState = (typeof ACTION_STATES)[number];

export interface ReviewNoteFields {
  /** `YYYY-MM`: the month of the review that took the decision. */
  month: string;
  decision: string;
  action?: string;
  ownerAccountId?: string;
  /** `YYYY-MM-DD`. */
  dueDate?: string;
  actionState: ActionState;
}
export interface ReviewNote extends StoredRecord, ReviewNoteFields {}

/** What a save sends: `id` and `version` of the note edited (neither for a new one). */
export type ReviewNoteEdit = ReviewNoteFields & { id?: string; version?: number };

export interface ReviewNoteApi {
  'notes/list': { payload: { projectKeys?: string[]; months: string[] }; data: { projectKeys: string[]; months: string[]; notes: ReviewNote[] } };
  'notes/save': { payload: { projectKey: string; note: ReviewNoteEdit }; data: ReviewNote };
  'notes/delete': { payload: { projectKey: string; id: string; version: number }; data: { id: string; deleted: true } };
}
