import type { ReviewNote } from '../../../../../static/portfolio-page/src/notes/noteTypes';
import { actionStatus, editOf, noteFormValues, notePayload, notesOf, ownerWords, storedNoteOf } from '../../../../../static/portfolio-page/src/notes/noteTerms';

const ME = '557058:me';
const OTHER = '557058:other';

function note(overrides: Partial<ReviewNote> = {}): ReviewNote {
  return {
    id: 'n1',
    version: 3,
    projectKey: 'PAY',
    createdAt: '2026-11-04T10:00:00.000Z',
    createdBy: OTHER,
    updatedAt: '2026-11-04T10:00:00.000Z',
    updatedBy: OTHER,
    month: '2026-11',
    decision: 'Stop new features until the PSP contract is signed',
    action: 'Draft the successor contract',
    ownerAccountId: OTHER,
    dueDate: '2026-12-10',
    actionState: 'open',
    ...overrides,
  };
}

describe('actionStatus', () => {
  it('returns none when the note sets no action', () => {
    expect(actionStatus(note({ action: undefined }), '2026-12-01')).toBe('none');
  });

  it('returns overdue for an open action past its due date, open before it, done once done', () => {
    expect(actionStatus(note(), '2026-12-11')).toBe('overdue');
    expect(actionStatus(note(), '2026-12-10')).toBe('open');
    expect(actionStatus(note({ actionState: 'done' }), '2026-12-11')).toBe('done');
  });

  it('returns open for an open action without a due date', () => {
    expect(actionStatus(note({ dueDate: undefined }), '2030-01-01')).toBe('open');
  });
});

describe('notesOf', () => {
  it("returns one product's notes of one month in the order they were taken", () => {
    const notes = [
      note({ id: 'b', createdAt: '2026-11-05T00:00:00.000Z' }),
      note({ id: 'other-month', month: '2026-10' }),
      note({ id: 'a', createdAt: '2026-11-01T00:00:00.000Z' }),
      note({ id: 'other-product', projectKey: 'BEN' }),
    ];
    expect(notesOf(notes, 'PAY', '2026-11').map((n) => n.id)).toEqual(['a', 'b']);
  });
});

describe('ownerWords', () => {
  const nameOf = (accountId: string) => (accountId === OTHER ? 'Priya Natarajan' : 'Unknown user');

  it('returns "You" for the viewer, the name for another person and "No owner" for none', () => {
    expect(ownerWords(ME, ME, nameOf)).toBe('You');
    expect(ownerWords(OTHER, ME, nameOf)).toBe('Priya Natarajan');
    expect(ownerWords(undefined, ME, nameOf)).toBe('No owner');
  });
});

describe('notePayload', () => {
  it('returns a new note for the review month, owned by the person picked, with blank fields left out', () => {
    const values = { decision: '  Fund the debt sprint ', action: ' ', ownerAccountId: ME, dueDate: '', actionState: 'open' as const };
    expect(notePayload(values, null, '2026-12')).toEqual({
      month: '2026-12',
      decision: 'Fund the debt sprint',
      action: undefined,
      ownerAccountId: ME,
      dueDate: undefined,
      actionState: 'open',
    });
  });

  it('returns an edited note with its own id, version and month, keeping its owner when the picker is left as it was', () => {
    const editing = note();
    const values = { ...noteFormValues(editing), actionState: 'done' as const };
    expect(values.ownerAccountId).toBe(OTHER);
    expect(notePayload(values, editing, '2026-12')).toMatchObject({ id: 'n1', version: 3, month: '2026-11', ownerAccountId: OTHER, actionState: 'done' });
  });

  it('returns no owner when the picker is cleared', () => {
    expect(notePayload({ ...noteFormValues(note()), ownerAccountId: '' }, note(), '2026-12').ownerAccountId).toBeUndefined();
  });
});

describe('editOf', () => {
  it('returns only the fields a save takes, with the change applied', () => {
    expect(editOf(note(), { actionState: 'done' })).toEqual({
      id: 'n1',
      version: 3,
      month: '2026-11',
      decision: 'Stop new features until the PSP contract is signed',
      action: 'Draft the successor contract',
      ownerAccountId: OTHER,
      dueDate: '2026-12-10',
      actionState: 'done',
    });
  });
});

describe('storedNoteOf', () => {
  it('returns the note a CONFLICT carries when it is one', () => {
    expect(storedNoteOf(note({ version: 4 }))?.version).toBe(4);
  });

  it('returns null when the value is not a stored note', () => {
    expect(storedNoteOf(null)).toBeNull();
    expect(storedNoteOf({ ...note(), actionState: 'later' })).toBeNull();
    expect(storedNoteOf({ ...note(), version: '4' })).toBeNull();
  });
});
