import { startRecordSite, USERS, type RecordSite } from './localSite';

/** The Portfolio review is a global page: its calls carry no project in the context. */
const GLOBAL = { project: null };

const NOTE = {
  month: '2026-10',
  decision: 'Pause the loyalty epic until refunds are stable',
  action: 'Re-plan Q1 without loyalty',
  ownerAccountId: USERS.productOwner,
  dueDate: '2026-11-30',
};

let local: RecordSite;
beforeAll(async () => {
  local = await startRecordSite();
});
afterAll(() => local.close());

describe('notes/* through POST /__bridge/invoke', () => {
  it('returns the saved note at version 1, its action open by default, when a browse-only viewer saves it', async () => {
    const saved = await local.data('notes/save', { projectKey: 'PAY', note: NOTE }, { ...GLOBAL, accountId: USERS.lead });
    expect(saved).toMatchObject({ ...NOTE, actionState: 'open', version: 1, projectKey: 'PAY', createdBy: USERS.lead, updatedBy: USERS.lead });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("returns last month's actions with their state, by product, when the review lists that month", async () => {
    const month = { ...NOTE, month: '2026-08' };
    const done = await local.data('notes/save', { projectKey: 'PAY', note: { ...month, actionState: 'done' } }, GLOBAL);
    const grt = await local.data('notes/save', { projectKey: 'GRT', note: month }, GLOBAL);
    await local.data('notes/save', { projectKey: 'PAY', note: { ...month, month: '2026-07' } }, GLOBAL);
    await local.data('notes/save', { projectKey: 'MOB', note: { ...month, month: '2026-09' } }, GLOBAL);
    const listed = await local.data('notes/list', { projectKeys: ['PAY', 'GRT'], months: ['2026-08'] }, GLOBAL);
    expect(listed.projectKeys).toEqual(['PAY', 'GRT']);
    expect(listed.months).toEqual(['2026-08']);
    expect(listed.notes.map((note) => [note.projectKey, note.month, note.actionState, note.id])).toEqual([
      ['GRT', '2026-08', 'open', grt.id],
      ['PAY', '2026-08', 'done', done.id],
    ]);
  });

  it('returns the notes of every product the viewer may browse when no products are named', async () => {
    const months = ['2026-05', '2026-04'];
    await local.data('notes/save', { projectKey: 'MOB', note: { ...NOTE, month: '2026-05' } }, GLOBAL);
    await local.data('notes/save', { projectKey: 'PAY', note: { ...NOTE, month: '2026-04' } }, GLOBAL);
    const listed = await local.data('notes/list', { months }, GLOBAL);
    expect(listed.projectKeys).toEqual(['GRT', 'MOB', 'PAY']);
    expect(listed.months).toEqual(['2026-04', '2026-05']);
    expect(listed.notes.map((note) => [note.projectKey, note.month])).toEqual([
      ['MOB', '2026-05'],
      ['PAY', '2026-04'],
    ]);
  });

  it('answers CONFLICT with the current note and overwrites nothing when a second save comes from the same version', async () => {
    const created = await local.data('notes/save', { projectKey: 'PAY', note: NOTE }, GLOBAL);
    const first = await local.data('notes/save', { projectKey: 'PAY', note: { ...NOTE, id: created.id, version: 1, actionState: 'done' } }, GLOBAL);
    const before = local.storedText('PAY');
    const second = await local.invoke(
      'notes/save',
      { projectKey: 'PAY', note: { ...NOTE, id: created.id, version: 1, decision: 'Keep loyalty' } },
      { ...GLOBAL, accountId: USERS.productOwner },
    );
    expect(second).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', current: { id: created.id, version: 2, actionState: 'done', decision: NOTE.decision } },
    });
    expect(local.storedText('PAY')).toBe(before);
    expect(first.version).toBe(2);
    const staleDelete = await local.invoke('notes/delete', { projectKey: 'PAY', id: created.id, version: 1 }, GLOBAL);
    expect(staleDelete.error).toMatchObject({ code: 'CONFLICT', current: { version: 2 } });
    expect(local.storedText('PAY')).toBe(before);
  });

  it('lets exactly one of two saves of the same version at once win, and the other gets CONFLICT', async () => {
    const created = await local.data('notes/save', { projectKey: 'PAY', note: NOTE }, GLOBAL);
    const replies = await Promise.all([
      local.invoke('notes/save', { projectKey: 'PAY', note: { ...NOTE, id: created.id, version: 1, action: 'Plan A' } }, GLOBAL),
      local.invoke('notes/save', { projectKey: 'PAY', note: { ...NOTE, id: created.id, version: 1, action: 'Plan B' } }, { ...GLOBAL, accountId: USERS.lead }),
    ]);
    expect(replies.map((reply) => reply.error?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect((await local.data('notes/history', { projectKey: 'PAY', id: created.id }, GLOBAL)).entries).toHaveLength(2);
  });

  it('returns every change in the history, newest first: who, when, which field from what to what', async () => {
    const created = await local.data('notes/save', { projectKey: 'PAY', note: NOTE }, GLOBAL);
    const edit = { ...NOTE, id: created.id, version: 1, dueDate: '2026-12-15', actionState: 'done' };
    await local.data('notes/save', { projectKey: 'PAY', note: edit }, { ...GLOBAL, accountId: USERS.productOwner });
    const history = await local.data('notes/history', { projectKey: 'PAY', id: created.id }, GLOBAL);
    expect(history.entries.map((entry) => [entry.noteId, entry.version, entry.action, entry.by])).toEqual([
      [created.id, 2, 'updated', USERS.productOwner],
      [created.id, 1, 'created', USERS.admin],
    ]);
    expect(history.entries[0]?.changes).toEqual([
      { field: 'dueDate', from: '2026-11-30', to: '2026-12-15' },
      { field: 'actionState', from: 'open', to: 'done' },
    ]);
    expect(Date.parse(history.entries[0]?.at ?? '')).not.toBeNaN();
    expect(history.nextCursor).toBeUndefined();
  });

  it('keeps the history when a note is deleted, and answers NOT_FOUND for the note afterwards', async () => {
    const created = await local.data('notes/save', { projectKey: 'PAY', note: { ...NOTE, month: '2026-03' } }, GLOBAL);
    expect(await local.data('notes/delete', { projectKey: 'PAY', id: created.id, version: 1 }, GLOBAL)).toEqual({ id: created.id, deleted: true });
    expect((await local.data('notes/list', { projectKeys: ['PAY'], months: ['2026-03'] }, GLOBAL)).notes).toEqual([]);
    const history = await local.data('notes/history', { projectKey: 'PAY', id: created.id }, GLOBAL);
    expect(history.entries.map((entry) => [entry.version, entry.action])).toEqual([
      [2, 'deleted'],
      [1, 'created'],
    ]);
    expect((await local.invoke('notes/delete', { projectKey: 'PAY', id: created.id, version: 1 }, GLOBAL)).error?.code).toBe('NOT_FOUND');
    const resave = await local.invoke('notes/save', { projectKey: 'PAY', note: { ...NOTE, id: created.id, version: 1 } }, GLOBAL);
    expect(resave.error?.code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND when a note is named under another product the viewer may browse', async () => {
    const created = await local.data('notes/save', { projectKey: 'PAY', note: NOTE }, GLOBAL);
    const before = local.storedText('PAY');
    expect((await local.invoke('notes/delete', { projectKey: 'GRT', id: created.id, version: 1 }, GLOBAL)).error?.code).toBe('NOT_FOUND');
    const moved = await local.invoke('notes/save', { projectKey: 'GRT', note: { ...NOTE, id: created.id, version: 1 } }, GLOBAL);
    expect(moved.error?.code).toBe('NOT_FOUND');
    expect((await local.data('notes/history', { projectKey: 'GRT', id: created.id }, GLOBAL)).entries).toEqual([]);
    expect(local.storedText('PAY')).toBe(before);
  });

  it('answers VALIDATION on cursor when the history is asked for with a cursor it never gave', async () => {
    const created = await local.data('notes/save', { projectKey: 'PAY', note: NOTE }, GLOBAL);
    const reply = await local.invoke('notes/history', { projectKey: 'PAY', id: created.id, cursor: 'page-2' }, GLOBAL);
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'cursor' } });
  });
});
