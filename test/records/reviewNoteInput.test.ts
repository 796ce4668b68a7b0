import { startRecordSite, type RecordSite } from './localSite';

const GLOBAL = { project: null };
const NOTE = {
  month: '2026-10',
  decision: 'Pause the loyalty epic until refunds are stable',
  action: 'Re-plan Q1 without loyalty',
  ownerAccountId: '557058:po-0003',
  dueDate: '2026-11-30',
  actionState: 'open',
};
const SOME_ID = '0b7c4a8e-1111-4d7a-9c4e-123456789abc';

let local: RecordSite;
beforeAll(async () => {
  local = await startRecordSite();
});
afterAll(() => local.close());

describe('notes/save input', () => {
  it.each([
    ['a month of 13', { month: '2026-13' }, 'note.month'],
    ['a month before 2000-01', { month: '1999-12' }, 'note.month'],
    ['a month after 2100-12', { month: '2101-01' }, 'note.month'],
    ['a month as a number', { month: 202610 }, 'note.month'],
    ['no month', { month: undefined }, 'note.month'],
    ['a blank decision', { decision: '   ' }, 'note.decision'],
    ['a decision over 2,000 characters', { decision: 'x'.repeat(2001) }, 'note.decision'],
    ['no decision', { decision: undefined }, 'note.decision'],
    ['an action over 2,000 characters', { action: 'x'.repeat(2001) }, 'note.action'],
    ['an action that is not text', { action: 42 }, 'note.action'],
    ['an owner that is not an account id', { ownerAccountId: 'Sam Product-Owner' }, 'note.ownerAccountId'],
    ['a due date that is no calendar day', { dueDate: '2026-02-30' }, 'note.dueDate'],
    ['a due date written day first', { dueDate: '30/11/2026' }, 'note.dueDate'],
    ['an unknown action state', { actionState: 'closed' }, 'note.actionState'],
    ['an id without the version edited', { id: SOME_ID }, 'note.version'],
    ['a version without an id', { version: 1 }, 'note.id'],
    ['version 0', { id: SOME_ID, version: 0 }, 'note.version'],
    ['a fractional version', { id: SOME_ID, version: 1.5 }, 'note.version'],
    ['an id that is no record id', { id: '../GRT', version: 1 }, 'note.id'],
    ['a field a note does not have', { color: 'red' }, 'note.color'],
    ['the project inside the note', { projectKey: 'GRT' }, 'note.projectKey'],
  ])('answers VALIDATION naming the field and stores nothing when the note has %s', async (_, change, field) => {
    const before = local.storedText('PAY');
    const reply = await local.invoke('notes/save', { projectKey: 'PAY', note: { ...NOTE, ...change } }, GLOBAL);
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } });
    expect(reply.error?.message).toEqual(expect.any(String));
    expect(local.storedText('PAY')).toBe(before);
  });

  it.each([
    ['a lowercase project key', { projectKey: 'pay', note: NOTE }, 'projectKey'],
    ['no project key', { note: NOTE }, 'projectKey'],
    ['a note that is text', { projectKey: 'PAY', note: 'Pause loyalty' }, 'note'],
    ['no note', { projectKey: 'PAY' }, 'note'],
    ['a field the payload does not have', { projectKey: 'PAY', note: NOTE, force: true }, 'force'],
  ])('answers VALIDATION naming the field and stores nothing when the payload has %s', async (_, payload, field) => {
    const before = local.storedText('PAY');
    expect(await local.invoke('notes/save', payload, GLOBAL)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } });
    expect(local.storedText('PAY')).toBe(before);
  });

  it('returns the note with trimmed text and no action when the action is blank', async () => {
    const saved = await local.data(
      'notes/save',
      { projectKey: 'PAY', note: { month: '2026-10', decision: '  Stop the pilot  ', action: '  ', dueDate: '' } },
      GLOBAL,
    );
    expect(saved).toMatchObject({ decision: 'Stop the pilot', actionState: 'open' });
    expect(Object.keys(saved)).not.toEqual(expect.arrayContaining(['action']));
    expect(Object.keys(saved)).not.toEqual(expect.arrayContaining(['dueDate']));
  });
});

describe('notes/list, notes/delete and notes/history input', () => {
  it.each([
    ['notes/list', 'no months', { projectKeys: ['PAY'] }, 'months'],
    ['notes/list', 'an empty month list', { months: [] }, 'months'],
    ['notes/list', 'a one-digit month', { months: ['2026-1'] }, 'months.0'],
    ['notes/list', 'a month after 2100-12', { months: ['2026-10', '2200-01'] }, 'months.1'],
    ['notes/list', '25 months', { months: Array.from({ length: 25 }, (_, index) => `2024-${String((index % 12) + 1).padStart(2, '0')}`) }, 'months'],
    ['notes/list', 'an empty product list', { projectKeys: [], months: ['2026-10'] }, 'projectKeys'],
    ['notes/list', 'a lowercase project key', { projectKeys: ['PAY', 'grt'], months: ['2026-10'] }, 'projectKeys.1'],
    ['notes/list', 'a single project key for a list', { projectKeys: 'PAY', months: ['2026-10'] }, 'projectKeys'],
    ['notes/list', 'an unknown field', { months: ['2026-10'], projectKey: 'PAY' }, 'projectKey'],
    ['notes/delete', 'no version', { projectKey: 'PAY', id: SOME_ID }, 'version'],
    ['notes/delete', 'an id that is no record id', { projectKey: 'PAY', id: 'PAY:1', version: 1 }, 'id'],
    ['notes/delete', 'no project key', { id: SOME_ID, version: 1 }, 'projectKey'],
    ['notes/history', 'a cursor that is a number', { projectKey: 'PAY', id: SOME_ID, cursor: 2 }, 'cursor'],
    ['notes/history', 'an unknown field', { projectKey: 'PAY', id: SOME_ID, page: 2 }, 'page'],
  ] as const)('answers VALIDATION naming the field when %s is asked for with %s', async (key, _, payload, field) => {
    expect(await local.invoke(key, payload, GLOBAL)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } });
  });

  it('returns the months once each and in order when they are listed out of order with repeats', async () => {
    const listed = await local.data('notes/list', { months: ['2026-11', '2026-10', '2026-11'] }, GLOBAL);
    expect(listed.months).toEqual(['2026-10', '2026-11']);
  });
});
