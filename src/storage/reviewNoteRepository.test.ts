import { ALICE, BOB, rejection, STORE_ADAPTERS } from '../../test/records/storeAdapters';
import { ConflictError, NotFoundError } from '../services/errors';
import type { ReviewNoteFields } from '../shared/reviewNotes';
import type { RecordStores } from './stores';

const NOTE: ReviewNoteFields = {
  month: '2026-10',
  decision: 'Pause the loyalty epic until refunds are stable',
  action: 'Re-plan Q1 without loyalty',
  ownerAccountId: '557058:po-0003',
  dueDate: '2026-11-30',
  actionState: 'open',
};

describe.each(STORE_ADAPTERS)('review notes over %s', (_, open) => {
  let stores: RecordStores;
  beforeEach(() => {
    stores = open();
  });

  it('returns a created note at version 1 with its audit fields and a created entry naming every field set', async () => {
    const note = await stores.notes.save('PAY', undefined, NOTE, ALICE);
    expect(note).toEqual({
      ...NOTE,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
      version: 1,
      projectKey: 'PAY',
      createdAt: ALICE.at,
      createdBy: ALICE.accountId,
      updatedAt: ALICE.at,
      updatedBy: ALICE.accountId,
    });
    const { entries } = await stores.notes.history('PAY', note.id);
    expect(entries).toEqual([
      {
        noteId: note.id,
        version: 1,
        action: 'created',
        at: ALICE.at,
        by: ALICE.accountId,
        changes: [
          { field: 'month', from: null, to: '2026-10' },
          { field: 'decision', from: null, to: NOTE.decision },
          { field: 'action', from: null, to: NOTE.action },
          { field: 'ownerAccountId', from: null, to: '557058:po-0003' },
          { field: 'dueDate', from: null, to: '2026-11-30' },
          { field: 'actionState', from: null, to: 'open' },
        ],
      },
    ]);
  });

  it('returns version 2 and records from → to when an action is marked done and its due date dropped', async () => {
    const created = await stores.notes.save('PAY', undefined, NOTE, ALICE);
    const { dueDate: _dropped, ...rest } = NOTE;
    const updated = await stores.notes.save('PAY', { id: created.id, version: 1 }, { ...rest, actionState: 'done' }, BOB);
    expect(updated).toMatchObject({ version: 2, actionState: 'done', createdBy: ALICE.accountId, updatedBy: BOB.accountId });
    expect(updated.dueDate).toBeUndefined();
    expect((await stores.notes.history('PAY', created.id)).entries[0]).toMatchObject({
      version: 2,
      action: 'updated',
      by: BOB.accountId,
      changes: [
        { field: 'dueDate', from: '2026-11-30', to: null },
        { field: 'actionState', from: 'open', to: 'done' },
      ],
    });
  });

  it('throws ConflictError with the current note and overwrites nothing when the second save is of the same version', async () => {
    const created = await stores.notes.save('PAY', undefined, NOTE, ALICE);
    const first = await stores.notes.save('PAY', { id: created.id, version: 1 }, { ...NOTE, decision: 'Stop loyalty' }, ALICE);
    const error = await rejection(stores.notes.save('PAY', { id: created.id, version: 1 }, { ...NOTE, decision: 'Keep loyalty' }, BOB));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ current: first });
    expect(await stores.notes.get('PAY', created.id)).toEqual(first);
    expect((await stores.notes.history('PAY', created.id)).entries).toHaveLength(2);
  });

  it('keeps the version and writes no history when a save changes nothing', async () => {
    const created = await stores.notes.save('PAY', undefined, NOTE, ALICE);
    expect(await stores.notes.save('PAY', { id: created.id, version: 1 }, { ...NOTE }, BOB)).toEqual(created);
    expect((await stores.notes.history('PAY', created.id)).entries).toHaveLength(1);
  });

  it('returns the notes of a month range only, and never another project’s', async () => {
    const october = await stores.notes.save('PAY', undefined, NOTE, ALICE);
    const november = await stores.notes.save('PAY', undefined, { ...NOTE, month: '2026-11' }, ALICE);
    await stores.notes.save('PAY', undefined, { ...NOTE, month: '2026-12' }, ALICE);
    await stores.notes.save('GRT', undefined, { ...NOTE, month: '2026-11' }, ALICE);
    const listed = await stores.notes.list('PAY', { from: '2026-10', to: '2026-11' });
    expect(listed.map((note) => note.id).sort()).toEqual([october.id, november.id].sort());
    expect(await stores.notes.get('GRT', october.id)).toBeUndefined();
    expect(await stores.notes.list('MOB', { from: '2000-01', to: '2100-12' })).toEqual([]);
  });

  it('deletes only the current version, keeps the history with a deleted entry, then throws NotFoundError', async () => {
    const created = await stores.notes.save('PAY', undefined, NOTE, ALICE);
    expect(await rejection(stores.notes.delete('PAY', created.id, 2, BOB))).toBeInstanceOf(ConflictError);
    await stores.notes.delete('PAY', created.id, 1, BOB);
    expect(await stores.notes.get('PAY', created.id)).toBeUndefined();
    const { entries } = await stores.notes.history('PAY', created.id);
    expect(entries.map((entry) => [entry.version, entry.action, entry.by])).toEqual([
      [2, 'deleted', BOB.accountId],
      [1, 'created', ALICE.accountId],
    ]);
    expect(await rejection(stores.notes.delete('PAY', created.id, 1, BOB))).toBeInstanceOf(NotFoundError);
  });

  it('pages a long history newest first with the cursor it gave', async () => {
    let note = await stores.notes.save('PAY', undefined, NOTE, ALICE);
    for (let step = 0; step < 51; step += 1)
      note = await stores.notes.save('PAY', { id: note.id, version: note.version }, { ...NOTE, action: `step ${step}` }, ALICE);
    const first = await stores.notes.history('PAY', note.id);
    expect([first.entries.length, first.entries[0]?.version, first.nextCursor]).toEqual([50, 52, 'before:3']);
    const second = await stores.notes.history('PAY', note.id, first.nextCursor);
    expect([second.entries.map((entry) => entry.version), second.nextCursor]).toEqual([[2, 1], undefined]);
  });
});
