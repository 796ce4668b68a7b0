import { Filter, FilterConditions, ForgeKvsAPIError } from '@forge/kvs';
import { FakeKvs } from './fakeKvs';

const atVersion = (version: number) => new Filter<Record<string, unknown>>().and('version', FilterConditions.equalTo(version));
const absent = () => new Filter<Record<string, unknown>>().and('version', FilterConditions.notExists());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  return error instanceof ForgeKvsAPIError ? error.code : `not a KVS error: ${String(error)}`;
}

describe('FakeKvs (the in-memory @forge/kvs the adapter tests run on)', () => {
  it('commits none of a transaction when one condition fails', async () => {
    const kvs = new FakeKvs();
    await kvs.entity('risk').set('PAY:a', { version: 1 });
    const transaction = kvs
      .transact()
      .set('PAY:b', { version: 1 }, { entityName: 'risk' })
      .set('PAY:a', { version: 3 }, { entityName: 'risk', conditions: atVersion(2) });
    expect(await codeOf(transaction.execute())).toBe('CONDITIONAL_CHECK_FAILED');
    expect(kvs.peek('risk', 'PAY:b')).toBeUndefined();
    expect(kvs.peek('risk', 'PAY:a')).toEqual({ version: 1 });
  });

  it('fails an equality condition on a missing item and holds a not-exists one', async () => {
    const kvs = new FakeKvs();
    expect(
      await codeOf(
        kvs
          .transact()
          .set('PAY:a', { version: 2 }, { entityName: 'risk', conditions: atVersion(1) })
          .execute(),
      ),
    ).toBe('CONDITIONAL_CHECK_FAILED');
    await kvs.transact().set('PAY:a', { version: 1 }, { entityName: 'risk', conditions: absent() }).execute();
    expect(kvs.peek('risk', 'PAY:a')).toEqual({ version: 1 });
  });

  it('refuses undeclared entities and attributes, bad keys, 26 operations and a key used twice', async () => {
    const kvs = new FakeKvs();
    expect(await codeOf(kvs.entity('risk').set('PAY:a', { version: 1, colour: 'red' }))).toBe('INVALID_ENTITY_VALUE');
    expect(await codeOf(kvs.entity('risk').set('PAY:a', { version: 1.5 }))).toBe('INVALID_ENTITY_VALUE');
    expect(await codeOf(Promise.resolve().then(() => kvs.entity('risks-of-old')))).toBe('INVALID_ENTITY_TYPE');
    expect(await codeOf(kvs.entity('risk').set('PAY/a', { version: 1 }))).toBe('INVALID_KEY');
    const big = kvs.transact();
    for (let index = 0; index < 26; index += 1) big.delete(`PAY:${index}`, { entityName: 'risk' });
    expect(await codeOf(big.execute())).toBe('INVALID_TRANSACTION');
    expect(await codeOf(kvs.transact().delete('PAY:a', { entityName: 'risk' }).set('PAY:a', { version: 1 }, { entityName: 'risk' }).execute())).toBe(
      'DUPLICATE_KEYS',
    );
    expect(kvs.writes).toBe(0);
  });

  it('refuses FAIL_IF_EXISTS on an existing key', async () => {
    const kvs = new FakeKvs();
    await kvs.entity('product-profile').set('PAY', { version: 1 }, { keyPolicy: 'FAIL_IF_EXISTS' });
    expect(await codeOf(kvs.entity('product-profile').set('PAY', { version: 1 }, { keyPolicy: 'FAIL_IF_EXISTS' }))).toBe('KEY_ALREADY_EXISTS');
  });
});
