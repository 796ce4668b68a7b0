import type { StoredRecord } from './records';

/**
 * The Portfolio review's notes (issue 10, Decisions): per product and month what the review decided,
 * and the action it set with its owner, due date and state. The review is a global page, so unlike
 * the other records the project comes in the payload; the resolvers check Browse Projects on it.
 */

export const ACTION_STATES = ['open', 'done'] as const;
export type ActionState = (typeof ACTION_STATES)[number];

/** The earliest and latest review months a note may be filed under. */
export const REVIEW_MONTHS = { from: '2000-01', to: '2100-12' } as const;

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

/** The fields a note's history tracks, in the order a change lists them. */
export const REVIEW_NOTE_FIELDS = [
  'month',
  'decision',
  'action',
  'ownerAccountId',
  'dueDate',
  'actionState',
] as const satisfies readonly (keyof ReviewNoteFields)[];

/** One entry of a note's history: who changed what, when; `version` is the note's version it produced. */
export interface ReviewNoteChange {
  noteId: string;
  version: number;
  action: 'created' | 'updated' | 'deleted';
  at: string;
  by: string;
  changes: { field: keyof ReviewNoteFields; from: string | null; to: string | null }[];
}

/** What a save sends: `id` and `version` of the note edited (neither for a new one); `actionState` defaults to `open`. */
export type ReviewNoteEdit = Omit<ReviewNoteFields, 'actionState'> & { id?: string; version?: number; actionState?: ActionState };

export interface ReviewNoteApi {
  /**
   * The notes of `months` for `projectKeys` (by default every product the viewer may browse), by
   * project, month and creation; `projectKeys` in the answer are the products covered.
   */
  'notes/list': {
    payload: { projectKeys?: string[]; months: string[] };
    /** `unreadable`: products whose stored notes could not be read, and why; their notes are left out. */
    data: { projectKeys: string[]; months: string[]; notes: ReviewNote[]; unreadable: { projectKey: string; message: string }[] };
  };
  'notes/save': { payload: { projectKey: string; note: ReviewNoteEdit }; data: ReviewNote };
  'notes/delete': { payload: { projectKey: string; id: string; version: number }; data: { id: string; deleted: true } };
  'notes/history': { payload: { projectKey: string; id: string; cursor?: string }; data: { entries: ReviewNoteChange[]; nextCursor?: string } };
}
