/** The review notes' contract (issue 10, Decisions), as the backend declares it. */
export { ACTION_STATES, type ActionState, type ReviewNote, type ReviewNoteEdit, type ReviewNoteFields } from '../../../../src/shared/reviewNotes';
