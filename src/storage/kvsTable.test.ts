import { FakeKvs } from '../../test/records/fakeKvs';
import { ConflictError } from '../services/errors';
import type { RiskFields } from '../shared/records';
import { KvsRecordTable, type KvsSurface } from './kvsTable';
import { ConditionFailedError } from './recordTable';
import { recordStoresOver } from './repositories';

const AUDIT = { accountId: '557058:alice', at: '2026-11-15T10:00:00.000Z' };
const RISK: RiskFields = {
  statement: 'Given that …',
  likelihood: 2,
  impact: 3,
  strategy: 'monitor',
  mitigation: '',
  status: 'open',
  linkedIssueKeys: ['PAY-1'],
};
const PROFILE = {
  productName: 'Payments',
  vision: 'Pay on time',
  roles: { productOwner: '557058:po-0003' },
  fiscalYearStartMonth: 4,
  analysisDueDays: 30,
  riskAppetite: 12,
};

/** Records which calls reach KVS, to check the adapter uses conditional writes. */
function spying(fake: FakeKvs): { kvs: KvsSurface; calls: string[] } {
  const calls: string[] = [];
  const kvs: KvsSurface = {
    batchGet: (items) => fake.batchGet(items),
    batchSet: (items) => fake.batchSet(items),
    batchDelete: (items) => fake.batchDelete(items),
    entity(name) {
      const entity = fake.entity(name);
      return {
        ...entity,
        set: (key, value, options) => (calls.push(`set ${name} ${key} ${options?.keyPolicy ?? ''}`.trim()), entity.set(key, value, options)),
      };
    },
    transact() {
      const transaction = fake.transact();
      const spy = {
        set: (key: string, value: unknown, target?: Parameters<typeof transaction.set>[2]) => {
          calls.push(`tx set ${String(target?.entityName)} ${key} ${JSON.stringify(target?.conditions?.filters() ?? [])}`);
          transaction.set(key, value, target);
          return spy;
        },
        delete: (key: string, target?: Parameters<typeof transaction.delete>[1]) => {
          calls.push(`tx delete ${String(target?.entityName)} ${key} ${JSON.stringify(target?.conditions?.filters() ?? [])}`);
          transaction.delete(key, target);
          return spy;
        },
        execute: () => transaction.execute(),
      };
      return spy;
    },
  };
  return { kvs, calls };
}

describe('KvsRecordTable', () => {
  it('creates a profile with FAIL_IF_EXISTS and updates it in a transaction conditioned on the stored version', async () => {
    const fake = new FakeKvs();
    const { kvs, calls } = spying(fake);
    const stores = recordStoresOver(new KvsRecordTable(kvs));
    const created = await stores.profiles.save('PAY', PROFILE, undefined, AUDIT);
    await stores.profiles.save('PAY', { ...PROFILE, vision: 'Pay on time, every time' }, created.version, AUDIT);
    expect(calls).toEqual([
      'set product-profile PAY FAIL_IF_EXISTS',
      'tx set product-profile PAY [{"property":"version","condition":"EQUAL_TO","values":[1]}]',
    ]);
    expect(fake.peek('product-profile', 'PAY')).toMatchObject({ version: 2, vision: 'Pay on time, every time' });
  });

  it('writes a risk and its history entry in one transaction, and deletes under the version condition', async () => {
    const fake = new FakeKvs();
    const { kvs, calls } = spying(fake);
    const stores = recordStoresOver(new KvsRecordTable(kvs));
    const risk = await stores.risks.save('PAY', undefined, RISK, AUDIT);
    await stores.risks.delete('PAY', risk.id, 1, AUDIT);
    expect(calls).toEqual([
      `tx set risk PAY:${risk.id} []`,
      `tx set risk-change PAY:${risk.id}:000001 []`,
      `tx delete risk PAY:${risk.id} [{"property":"version","condition":"EQUAL_TO","values":[1]}]`,
      `tx set risk-change PAY:${risk.id}:000002 []`,
    ]);
  });

  it('answers ConflictError with the current record when another save lands between the read and the write', async () => {
    const fake = new FakeKvs();
    const stores = recordStoresOver(new KvsRecordTable(fake));
    const risk = await stores.risks.save('PAY', undefined, RISK, AUDIT);
    fake.beforeTransaction = async () => {
      fake.beforeTransaction = null;
      await stores.risks.save('PAY', { id: risk.id, version: 1 }, { ...RISK, impact: 5 }, { ...AUDIT, accountId: '557058:bob' });
    };
    const error = await stores.risks.save('PAY', { id: risk.id, version: 1 }, { ...RISK, impact: 1 }, AUDIT).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toMatchObject({ version: 2, impact: 5, updatedBy: '557058:bob' });
    expect(fake.peek('risk', `PAY:${risk.id}`)).toMatchObject({ version: 2, impact: 5 });
    expect(fake.peek('risk-change', `PAY:${risk.id}:000003`)).toBeUndefined();
  });

  it('passes a storage failure on as it is, not as a conflict, and stores nothing', async () => {
    const fake = new FakeKvs();
    const stores = recordStoresOver(new KvsRecordTable(fake));
    const risk = await stores.risks.save('PAY', undefined, RISK, AUDIT);
    const writes = fake.writes;
    fake.failNextWrite = new Error('TOO_MANY_REQUESTS');
    await expect(stores.risks.save('PAY', { id: risk.id, version: 1 }, { ...RISK, impact: 5 }, AUDIT)).rejects.toThrow('TOO_MANY_REQUESTS');
    expect(fake.writes).toBe(writes);
    expect(fake.peek('risk', `PAY:${risk.id}`)).toMatchObject({ version: 1, impact: 3 });
  });

  it('reports a failed condition of a raw commit as ConditionFailedError naming the key', async () => {
    const table = new KvsRecordTable(new FakeKvs());
    await table.commit([{ type: 'put', entity: 'sprint-capacity', key: 'PAY:1:101', value: { version: 1, boardId: 1 }, condition: { kind: 'absent' } }]);
    await expect(
      table.commit([
        { type: 'put', entity: 'sprint-capacity', key: 'PAY:1:101', value: { version: 2, boardId: 1 }, condition: { kind: 'version', version: 7 } },
      ]),
    ).rejects.toEqual(new ConditionFailedError('sprint-capacity', 'PAY:1:101'));
  });

  it('refuses a commit of more than 25 operations before calling KVS', async () => {
    const fake = new FakeKvs();
    const ops = Array.from({ length: 26 }, (_, index) => ({ type: 'delete' as const, entity: 'risk' as const, key: `PAY:${index}` }));
    await expect(new KvsRecordTable(fake).commit(ops)).rejects.toThrow('A commit takes 1–25 operations, got 26');
    expect(fake.writes).toBe(0);
  });
});
