import { REVIEW_NOTE_FIELDS, type ReviewNoteFields } from '../../shared/reviewNotes';
import { fieldChanges } from '../../storage/recordHistory';
import { toStoredValue } from '../../storage/storedRecords';
import { noteListSchema, noteSaveSchema } from './noteSchemas';
import { LIMITS } from './schemas';

describe('noteSaveSchema', () => {
  it('returns trimmed text, open by default, and no optional value where one is blank or null', () => {
    const parsed = noteSaveSchema.parse({
      projectKey: 'PAY',
      note: { month: '2026-10', decision: '  Stop the pilot ', action: ' \n ', ownerAccountId: null, dueDate: '' },
    });
    expect(parsed).toEqual({ projectKey: 'PAY', note: { month: '2026-10', decision: 'Stop the pilot', actionState: 'open' } });
  });

  it('returns the first and last review months allowed', () => {
    for (const month of ['2000-01', '2100-12']) expect(noteSaveSchema.safeParse({ projectKey: 'PAY', note: { month, decision: 'd' } }).success).toBe(true);
  });
});

describe('noteListSchema', () => {
  it('returns the months sorted once each and the products once each, in the order given', () => {
    expect(noteListSchema.parse({ projectKeys: ['PAY', 'GRT', 'PAY'], months: ['2026-11', '2026-10', '2026-11'] })).toEqual({
      projectKeys: ['PAY', 'GRT'],
      months: ['2026-10', '2026-11'],
    });
  });
});

/** The largest note the limits allow, in the costliest characters JSON can carry (6 bytes each, as \u0001). */
describe('stored review note sizes at the input limits', () => {
  const worst = (length: number): string => '\u0001'.repeat(length);
  const bytes = (value: object): number => Buffer.byteLength(JSON.stringify(toStoredValue(value)), 'utf8');
  const budget = 96 * 1024;
  const audit = {
    id: 'x'.repeat(36),
    version: 999_999,
    projectKey: 'P'.repeat(10),
    createdAt: '2026-11-15T10:00:00.000Z',
    createdBy: 'a'.repeat(128),
    updatedAt: '2026-11-15T10:00:00.000Z',
    updatedBy: 'a'.repeat(128),
  };

  it('returns a largest note and a largest change of one under 96 KiB', () => {
    const fields: ReviewNoteFields = {
      month: '2026-10',
      decision: worst(LIMITS.decision),
      action: worst(LIMITS.action),
      ownerAccountId: 'a'.repeat(128),
      dueDate: '2026-11-30',
      actionState: 'open',
    };
    expect(bytes({ ...audit, ...fields })).toBeLessThan(budget);
    const replaced: ReviewNoteFields = { ...fields, decision: '\u0002'.repeat(LIMITS.decision), action: '\u0002'.repeat(LIMITS.action) };
    const changes = fieldChanges(REVIEW_NOTE_FIELDS, fields, replaced);
    expect(changes.map((change) => change.field)).toEqual(['decision', 'action']);
    expect(
      bytes({ noteId: audit.id, projectKey: audit.projectKey, version: 1, action: 'updated', at: audit.createdAt, by: audit.createdBy, changes }),
    ).toBeLessThan(budget);
  });
});
