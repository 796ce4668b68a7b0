import { blankToUndefined } from '../../../common/recordFormText';
import { ACTION_STATES, type ActionState, type ReviewNote, type ReviewNoteEdit, type ReviewNoteFields } from './noteTypes';

/** A note's action as the review follows it up: none set, open, open past its due date, or done. */
export type ActionStatus = 'none' | 'open' | 'overdue' | 'done';

export function actionStatus(note: Pick<ReviewNote, 'action' | 'actionState' | 'dueDate'>, today: string): ActionStatus {
  if (note.action === undefined || note.action.trim() === '') return 'none';
  if (note.actionState === 'done') return 'done';
  return note.dueDate !== undefined && note.dueDate < today ? 'overdue' : 'open';
}

export const ACTION_STATUS_LABELS: Record<Exclude<ActionStatus, 'none'>, string> = { open: 'Open', overdue: 'Overdue', done: 'Done' };
export const ACTION_STATUS_LOZENGES: Record<Exclude<ActionStatus, 'none'>, 'inprogress' | 'removed' | 'success'> = {
  open: 'inprogress',
  overdue: 'removed',
  done: 'success',
};

/** A product's notes of one month, in the order they were taken. */
export function notesOf(notes: readonly ReviewNote[], projectKey: string, month: string): ReviewNote[] {
  return notes
    .filter((note) => note.projectKey === projectKey && note.month === month)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * Whose action it is, in words: "You" for the viewer, else the person's name (`nameOf`, from the
 * page's name cache), or "No owner".
 */
export function ownerWords(ownerAccountId: string | undefined, viewerAccountId: string | null, nameOf: (accountId: string) => string): string {
  if (ownerAccountId === undefined) return 'No owner';
  return ownerAccountId === viewerAccountId ? 'You' : nameOf(ownerAccountId);
}

export interface NoteFormValues {
  decision: string;
  action: string;
  /** The action's owner's account id; '' for nobody yet. */
  ownerAccountId: string;
  dueDate: string;
  actionState: ActionState;
}

export const NOTE_FIELDS = ['decision', 'action', 'ownerAccountId', 'dueDate', 'actionState'] as const;

export function noteFormValues(note: ReviewNote | null): NoteFormValues {
  return {
    decision: note?.decision ?? '',
    action: note?.action ?? '',
    ownerAccountId: note?.ownerAccountId ?? '',
    dueDate: note?.dueDate ?? '',
    actionState: note?.actionState ?? 'open',
  };
}

/** The `notes/save` note: a new one is filed under `month`; an edited one keeps its month, id and version. */
export function notePayload(values: NoteFormValues, editing: ReviewNote | null, month: string): ReviewNoteEdit {
  return {
    ...(editing ? { id: editing.id, version: editing.version } : {}),
    month: editing?.month ?? month,
    decision: values.decision.trim(),
    action: blankToUndefined(values.action),
    ownerAccountId: blankToUndefined(values.ownerAccountId),
    dueDate: blankToUndefined(values.dueDate),
    actionState: values.actionState,
  };
}

/** A stored note as a save sends it, with `changes` applied: only the fields a note has, since the resolver refuses others. */
export function editOf(note: ReviewNote, changes: Partial<ReviewNoteFields> = {}): ReviewNoteEdit {
  const { id, version, month, decision, action, ownerAccountId, dueDate, actionState } = { ...note, ...changes };
  return { id, version, month, decision, action, ownerAccountId, dueDate, actionState };
}

const isText = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

function isStoredNote(value: unknown): value is ReviewNote {
  if (typeof value !== 'object' || value === null) return false;
  const fields: Partial<Record<keyof ReviewNote, unknown>> = value;
  return (
    typeof fields.id === 'string' &&
    typeof fields.version === 'number' &&
    typeof fields.projectKey === 'string' &&
    typeof fields.month === 'string' &&
    typeof fields.decision === 'string' &&
    isText(fields.action) &&
    isText(fields.ownerAccountId) &&
    isText(fields.dueDate) &&
    ACTION_STATES.some((state) => state === fields.actionState)
  );
}

/** The stored note a CONFLICT answer carries, when it is one. */
export function storedNoteOf(value: unknown): ReviewNote | null {
  return isStoredNote(value) ? value : null;
}
