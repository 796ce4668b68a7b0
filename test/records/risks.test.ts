import { startRecordSite, USERS, type RecordSite } from './localSite';

const RISK = {
  statement: 'Given that the card vendor migrates in Q1, there is a risk that refunds fail, which will lead to complaints',
  likelihood: 3,
  impact: 4,
  strategy: 'mitigate',
  mitigation: 'Dual-run refunds for two weeks',
  status: 'open',
  reviewDate: '2026-12-01',
  linkedIssueKeys: ['PAY-1'],
};

let local: RecordSite;
beforeAll(async () => {
  local = await startRecordSite();
});
afterAll(() => local.close());

describe('risks/* through POST /__bridge/invoke', () => {
  it('saves a risk and lists it with severity and band, the highest severity first', async () => {
    const saved = await local.data('risks/save', { risk: RISK });
    expect(saved).toMatchObject({ ...RISK, version: 1, projectKey: 'PAY', severity: 12, band: 'medium', createdBy: USERS.admin });
    const high = await local.data('risks/save', { risk: { ...RISK, likelihood: 5, impact: 3, linkedIssueKeys: [] } });
    expect(high).toMatchObject({ severity: 15, band: 'high' });
    const { items, canEdit } = await local.data('risks/list', {});
    expect(canEdit).toBe(true);
    expect(items.map((risk) => risk.id).slice(0, 2)).toEqual([high.id, saved.id]);
    const linked = await local.data('risks/list', { linkedIssueKey: 'PAY-1' });
    expect(linked.items.map((risk) => risk.id)).toEqual([saved.id]);
  });

  it('appends every change to the history: who, when, which field from what to what', async () => {
    const created = await local.data('risks/save', { risk: RISK });
    await local.data('risks/save', { risk: { ...RISK, id: created.id, version: 1, impact: 5 } }, { accountId: USERS.productOwner });
    const history = await local.data('risks/history', { id: created.id });
    expect(history.entries.map((entry) => [entry.version, entry.action, entry.by])).toEqual([
      [2, 'updated', USERS.productOwner],
      [1, 'created', USERS.admin],
    ]);
    expect(history.entries[0]?.changes).toEqual([{ field: 'impact', from: 4, to: 5 }]);
    expect(Date.parse(history.entries[0]?.at ?? '')).not.toBeNaN();
  });

  it('answers CONFLICT with the current risk when a stale version is saved or deleted, and changes nothing', async () => {
    const created = await local.data('risks/save', { risk: RISK });
    const current = await local.data('risks/save', { risk: { ...RISK, id: created.id, version: 1, likelihood: 1 } });
    const before = local.storedText('PAY');
    const stale = await local.invoke('risks/save', { risk: { ...RISK, id: created.id, version: 1, likelihood: 5 } });
    expect(stale.error).toMatchObject({ code: 'CONFLICT', current: { id: created.id, version: 2, likelihood: 1 } });
    const staleDelete = await local.invoke('risks/delete', { id: created.id, version: 1 });
    expect(staleDelete.error).toMatchObject({ code: 'CONFLICT', current: { version: 2 } });
    expect(local.storedText('PAY')).toBe(before);
    expect(current.version).toBe(2);
  });

  it('lets exactly one of two people saving the same version at once win', async () => {
    const created = await local.data('risks/save', { risk: RISK });
    const replies = await Promise.all([
      local.invoke('risks/save', { risk: { ...RISK, id: created.id, version: 1, mitigation: 'Plan A' } }),
      local.invoke('risks/save', { risk: { ...RISK, id: created.id, version: 1, mitigation: 'Plan B' } }, { accountId: USERS.productOwner }),
    ]);
    expect(replies.filter((reply) => reply.ok)).toHaveLength(1);
    expect(replies.filter((reply) => reply.error?.code === 'CONFLICT')).toHaveLength(1);
    expect((await local.data('risks/history', { id: created.id })).entries).toHaveLength(2);
  });

  it('deletes the current version, keeps the history, and answers NOT_FOUND for it afterwards', async () => {
    const created = await local.data('risks/save', { risk: RISK });
    expect(await local.data('risks/delete', { id: created.id, version: 1 })).toEqual({ id: created.id, deleted: true });
    expect((await local.data('risks/list', {})).items.map((risk) => risk.id)).not.toContain(created.id);
    expect((await local.data('risks/history', { id: created.id })).entries[0]).toMatchObject({ action: 'deleted', version: 2 });
    expect((await local.invoke('risks/delete', { id: created.id, version: 1 })).error?.code).toBe('NOT_FOUND');
  });

  it.each(['zzz', '-1', '0', '1e3', ' 5', 'eyJvZmZzZXQiOjUwfQ', 'page-2', 'before:0'])(
    'returns VALIDATION on cursor when the history cursor is %j, which no page gave',
    async (cursor) => {
      const created = await local.data('risks/save', { risk: RISK });
      const reply = await local.invoke('risks/history', { id: created.id, cursor });
      expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'cursor' } });
      expect(reply.error?.message).toContain('must be the nextCursor of a previous page');
    },
  );

  it.each([
    ['likelihood 0', { likelihood: 0 }, 'risk.likelihood'],
    ['likelihood 7', { likelihood: 7 }, 'risk.likelihood'],
    ['impact "high"', { impact: 'high' }, 'risk.impact'],
    ['an empty statement', { statement: '   ' }, 'risk.statement'],
    ['a statement over 2,000 characters', { statement: 'x'.repeat(2001) }, 'risk.statement'],
    ['an unknown strategy', { strategy: 'ignore' }, 'risk.strategy'],
    ['an unknown status', { status: 'archived' }, 'risk.status'],
    ['a review date that is not a date', { reviewDate: '2026-02-30' }, 'risk.reviewDate'],
    ['a linked issue of another project', { linkedIssueKeys: ['PAY-1', 'GRT-1'] }, 'risk.linkedIssueKeys.1'],
    ['a linked issue that does not exist', { linkedIssueKeys: ['PAY-999'] }, 'risk.linkedIssueKeys.0'],
    ['a linked issue that is not an epic', { linkedIssueKeys: ['PAY-20'] }, 'risk.linkedIssueKeys.0'],
    ['an id without the version edited', { id: '0b7c4a8e-1111-4d7a-9c4e-123456789abc' }, 'risk.version'],
  ])('answers VALIDATION naming the field and stores nothing for %s', async (_, change, field) => {
    const before = local.storedText('PAY');
    const reply = await local.invoke('risks/save', { risk: { ...RISK, ...change } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } });
    expect(reply.error?.message).toEqual(expect.any(String));
    expect(local.storedText('PAY')).toBe(before);
  });
});
