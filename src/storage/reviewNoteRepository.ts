import { REVIEW_NOTE_FIELDS, type ReviewNoteChange, type ReviewNoteFields } from '../shared/reviewNotes';
import { REVIEW_NOTE_CHANGE_ENTITY, REVIEW_NOTE_ENTITY } from './entities';
import { queryAll, type RecordTable } from './recordTable';
import { trackedRepository, type HistorySpec } from './recordHistory';
import type { ReviewNoteRepository } from './stores';
import { parseStored, storedReviewNote, storedReviewNoteChange } from './storedRecords';

const NOTE = { entity: REVIEW_NOTE_ENTITY.name, label: 'review note', schema: storedReviewNote };

const NOTE_HISTORY: HistorySpec<ReviewNoteFields, ReviewNoteChange> = {
  entity: REVIEW_NOTE_CHANGE_ENTITY.name,
  index: 'by-note',
  recordAttribute: 'noteId',
  tracked: REVIEW_NOTE_FIELDS,
  schema: storedReviewNoteChange,
};

/** Review notes, with their history kept as the risks' is. */
export function createReviewNoteRepository(table: RecordTable): ReviewNoteRepository {
  return {
    ...trackedRepository(table, NOTE, NOTE_HISTORY),
    async list(projectKey, months) {
      const values = await queryAll(table, {
        entity: NOTE.entity,
        index: 'by-project-month',
        partition: [projectKey],
        range: { from: months.from, to: months.to },
      });
      return values.map((value) => parseStored(storedReviewNote, value, NOTE.entity));
    },
  };
}
