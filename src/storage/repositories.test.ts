import { ALICE, BOB, rejection, STORE_ADAPTERS } from '../../test/records/storeAdapters';
import { ConflictError, NotFoundError } from '../services/errors';
import type { RiskFields } from '../shared/records';
import type { RecordStores } from './stores';

const RISK: RiskFields = {
  statement: 'Given that the vendor is late, there is a risk that cut-over slips, which will lead to fines',
  likelihood: 3,
  impact: 4,
  strategy: 'mitigate',
  mitigation: 'Weekly vendor check-ins',
  status: 'open',
  linkedIssueKeys: ['PAY-1'],
};

describe.each(STORE_ADAPTERS)('record repositories over %s', (_, open) => {
  let stores: RecordStores;
  beforeEach(() => {
    stores = open();
  });

  it('returns a created risk with a generated id, version 1 and its audit fields', async () => {
    const risk = await stores.risks.save('PAY', undefined, RISK, ALICE);
    expect(risk).toEqual({
      ...RISK,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
      version: 1,
      projectKey: 'PAY',
      createdAt: ALICE.at,
      createdBy: ALICE.accountId,
      updatedAt: ALICE.at,
      updatedBy: ALICE.accountId,
    });
    expect(await stores.risks.get('PAY', risk.id)).toEqual(risk);
  });

  it('returns version 2 with the creator kept and appends a field-level change when the current version is saved', async () => {
    const created = await stores.risks.save('PAY', undefined, RISK, ALICE);
    const updated = await stores.risks.save('PAY', { id: created.id, version: 1 }, { ...RISK, impact: 5, status: 'closed' }, BOB);
    expect(updated).toMatchObject({ version: 2, impact: 5, createdBy: ALICE.accountId, updatedBy: BOB.accountId, updatedAt: BOB.at });
    const { entries } = await stores.risks.history('PAY', created.id);
    expect(entries.map((entry) => [entry.version, entry.action, entry.by])).toEqual([
      [2, 'updated', BOB.accountId],
      [1, 'created', ALICE.accountId],
    ]);
    expect(entries[0]?.changes).toEqual([
      { field: 'impact', from: 4, to: 5 },
      { field: 'status', from: 'open', to: 'closed' },
    ]);
    expect(entries[1]?.changes.map((change) => change.field)).toEqual([
      'statement',
      'likelihood',
      'impact',
      'strategy',
      'mitigation',
      'status',
      'linkedIssueKeys',
    ]);
    expect(entries[1]?.changes[0]).toEqual({ field: 'statement', from: null, to: RISK.statement });
  });

  it('throws ConflictError with the current risk and writes nothing when a stale version is saved', async () => {
    const created = await stores.risks.save('PAY', undefined, RISK, ALICE);
    const current = await stores.risks.save('PAY', { id: created.id, version: 1 }, { ...RISK, impact: 5 }, BOB);
    const error = await rejection(stores.risks.save('PAY', { id: created.id, version: 1 }, { ...RISK, likelihood: 1 }, ALICE));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toEqual(current);
    expect(await stores.risks.get('PAY', created.id)).toEqual(current);
    expect((await stores.risks.history('PAY', created.id)).entries).toHaveLength(2);
  });

  it('lets exactly one of two concurrent saves of the same version win; the other gets ConflictError', async () => {
    const created = await stores.risks.save('PAY', undefined, RISK, ALICE);
    const results = await Promise.allSettled([
      stores.risks.save('PAY', { id: created.id, version: 1 }, { ...RISK, impact: 1 }, ALICE),
      stores.risks.save('PAY', { id: created.id, version: 1 }, { ...RISK, impact: 2 }, BOB),
    ]);
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost).toEqual([expect.any(ConflictError)]);
    expect((await stores.risks.get('PAY', created.id))?.version).toBe(2);
  });

  it('lets exactly one of two concurrent first saves of a profile win', async () => {
    const fields = { productName: 'Payments', vision: 'Pay on time', roles: {}, fiscalYearStartMonth: 4, analysisDueDays: 30, riskAppetite: 12 };
    const results = await Promise.allSettled([
      stores.profiles.save('PAY', fields, undefined, ALICE),
      stores.profiles.save('PAY', { ...fields, productName: 'Pay' }, undefined, BOB),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: expect.any(ConflictError) as unknown });
  });

  it('keeps the version and writes no history when a save changes nothing', async () => {
    const created = await stores.risks.save('PAY', undefined, RISK, ALICE);
    const same = await stores.risks.save('PAY', { id: created.id, version: 1 }, { ...RISK }, BOB);
    expect(same).toEqual(created);
    expect((await stores.risks.history('PAY', created.id)).entries).toHaveLength(1);
  });

  it('deletes only the current version, keeps the history with a deleted entry, then answers NotFoundError', async () => {
    const created = await stores.risks.save('PAY', undefined, RISK, ALICE);
    await stores.risks.save('PAY', { id: created.id, version: 1 }, { ...RISK, impact: 2 }, ALICE);
    expect(await rejection(stores.risks.delete('PAY', created.id, 1, BOB))).toBeInstanceOf(ConflictError);
    await stores.risks.delete('PAY', created.id, 2, BOB);
    expect(await stores.risks.get('PAY', created.id)).toBeUndefined();
    expect((await stores.risks.history('PAY', created.id)).entries[0]).toMatchObject({ version: 3, action: 'deleted', by: BOB.accountId });
    expect(await rejection(stores.risks.delete('PAY', created.id, 2, BOB))).toBeInstanceOf(NotFoundError);
    expect(await rejection(stores.risks.save('PAY', { id: created.id, version: 2 }, RISK, BOB))).toBeInstanceOf(NotFoundError);
  });

  it('pages a long history newest first', async () => {
    let risk = await stores.risks.save('PAY', undefined, RISK, ALICE);
    for (let step = 0; step < 54; step += 1) {
      risk = await stores.risks.save('PAY', { id: risk.id, version: risk.version }, { ...RISK, mitigation: `step ${step}` }, ALICE);
    }
    const first = await stores.risks.history('PAY', risk.id);
    expect(first.entries.map((entry) => entry.version).slice(0, 2)).toEqual([55, 54]);
    expect(first.entries).toHaveLength(50);
    const second = await stores.risks.history('PAY', risk.id, first.nextCursor);
    expect(second.entries.map((entry) => entry.version)).toEqual([5, 4, 3, 2, 1]);
    expect(second.nextCursor).toBeUndefined();
  });

  it('throws ValidationError on cursor for a history cursor it never gave', async () => {
    const risk = await stores.risks.save('PAY', undefined, RISK, ALICE);
    for (const cursor of ['nonsense', 'before:0', 'before:-1', '50']) {
      expect(await rejection(stores.risks.history('PAY', risk.id, cursor))).toMatchObject({ name: 'ValidationError', field: 'cursor' });
    }
  });

  it('never shows one project the records of another, even by id', async () => {
    const risk = await stores.risks.save('PAY', undefined, RISK, ALICE);
    expect(await stores.risks.list('GRT')).toEqual([]);
    expect(await stores.risks.get('GRT', risk.id)).toBeUndefined();
    expect(await rejection(stores.risks.delete('GRT', risk.id, 1, ALICE))).toBeInstanceOf(NotFoundError);
    expect(await stores.risks.list('PAY')).toEqual([risk]);
  });

  it('lists roadmap items of a month range by target month', async () => {
    const item = (title: string, targetMonth: string) => ({ title, outcome: 'o', targetMonth, status: 'planned' as const, linkedIssueKeys: [] });
    await stores.roadmap.save('PAY', undefined, item('late', '2027-03'), ALICE);
    await stores.roadmap.save('PAY', undefined, item('early', '2026-04'), ALICE);
    await stores.roadmap.save('PAY', undefined, item('outside', '2027-04'), ALICE);
    const listed = await stores.roadmap.list('PAY', { from: '2026-04', to: '2027-03' });
    expect(listed.map((entry) => entry.title)).toEqual(['early', 'late']);
    expect(await stores.roadmap.list('PAY')).toHaveLength(3);
  });

  it('keeps one capacity per board and sprint and lists them by board', async () => {
    const first = await stores.capacity.save('PAY', { boardId: 1, sprintId: 101 }, 40, undefined, ALICE);
    await stores.capacity.save('PAY', { boardId: 2, sprintId: 140 }, 20, undefined, ALICE);
    expect(await rejection(stores.capacity.save('PAY', { boardId: 1, sprintId: 101 }, 30, undefined, BOB))).toBeInstanceOf(ConflictError);
    const updated = await stores.capacity.save('PAY', { boardId: 1, sprintId: 101 }, 37.5, first.version, BOB);
    expect(updated).toMatchObject({ id: '1:101', version: 2, availableDays: 37.5 });
    expect(await stores.capacity.listByBoard('PAY', 1)).toEqual([updated]);
  });

  it('keeps one analysis per version with the version id as its id', async () => {
    const fields = { analysisDate: '2026-10-01', expectedOutcomes: 'Faster refunds', analysis: 'Refunds took 2 days', verdict: 'achieved' as const, links: [] };
    const saved = await stores.analyses.save('PAY', '10104', fields, undefined, ALICE);
    expect(saved).toMatchObject({ id: '10104', versionId: '10104', version: 1 });
    expect(await stores.analyses.list('PAY')).toEqual([saved]);
    expect(await stores.analyses.get('PAY', '10104')).toEqual(saved);
  });
});
