import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { ConflictError } from '../services/errors';
import type { RiskFields } from '../shared/records';
import { nodeFileOps, type FileOps } from './atomicFile';
import { FileRecordTable } from './fileTable';
import { localRecordStores } from './localStores';
import { InvalidCursorError } from './recordTable';

const AUDIT = { accountId: '557058:alice', at: '2026-11-15T10:00:00.000Z' };
const RISK: RiskFields = { statement: 'Given that …', likelihood: 2, impact: 3, strategy: 'monitor', mitigation: '', status: 'open', linkedIssueKeys: [] };

function stateDir(): string {
  return mkdtempSync(join(tmpdir(), 'local-records-'));
}

describe('localRecordStores', () => {
  it('returns what was saved after a restart (a new store over the same directory)', async () => {
    const dir = stateDir();
    const saved = await localRecordStores(dir).risks.save('PAY', undefined, RISK, AUDIT);
    const restarted = localRecordStores(dir);
    expect(await restarted.risks.list('PAY')).toEqual([saved]);
    expect((await restarted.risks.history('PAY', saved.id)).entries).toHaveLength(1);
  });

  it('keeps every record as it was when a write fails midway', async () => {
    const dir = stateDir();
    let failWrites = false;
    const flaky: FileOps = {
      ...nodeFileOps,
      async writeDurably(path, text) {
        if (failWrites) throw new Error('EIO: disk went away');
        return nodeFileOps.writeDurably(path, text);
      },
    };
    const stores = localRecordStores(dir, flaky);
    const saved = await stores.risks.save('PAY', undefined, RISK, AUDIT);
    const before = readFileSync(join(dir, 'records', 'PAY.json'), 'utf8');
    failWrites = true;
    await expect(stores.risks.save('PAY', { id: saved.id, version: 1 }, { ...RISK, impact: 5 }, AUDIT)).rejects.toThrow('EIO');
    expect(readFileSync(join(dir, 'records', 'PAY.json'), 'utf8')).toBe(before);
    expect(await stores.risks.get('PAY', saved.id)).toEqual(saved);
    failWrites = false;
    expect((await stores.risks.save('PAY', { id: saved.id, version: 1 }, { ...RISK, impact: 5 }, AUDIT)).version).toBe(2);
  });

  it('lets exactly one of 20 concurrent saves of the same version win, across two stores over one directory', async () => {
    const dir = stateDir();
    const created = await localRecordStores(dir).risks.save('PAY', undefined, RISK, AUDIT);
    const [one, two] = [localRecordStores(dir), localRecordStores(dir)];
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        (index % 2 === 0 ? one : two).risks.save('PAY', { id: created.id, version: 1 }, { ...RISK, mitigation: `plan ${index}` }, AUDIT),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'rejected' && result.reason instanceof ConflictError)).toHaveLength(19);
    expect((await one.risks.history('PAY', created.id)).entries).toHaveLength(2);
  });

  it('returns lists from the file as last read, reading it again only once it changes on disk', async () => {
    const dir = stateDir();
    let reads = 0;
    const counting: FileOps = { ...nodeFileOps, read: (path) => ((reads += 1), nodeFileOps.read(path)) };
    const stores = localRecordStores(dir, counting);
    const first = await stores.risks.save('PAY', undefined, RISK, AUDIT);
    await stores.risks.save('PAY', undefined, { ...RISK, impact: 5 }, AUDIT);
    for (let call = 0; call < 10; call += 1) expect(await stores.risks.list('PAY')).toHaveLength(2);
    expect(reads).toBe(0);
    const path = join(dir, 'records', 'PAY.json');
    const onDisk = z
      .object({ entities: z.object({ risk: z.record(z.string(), z.unknown()) }).loose() })
      .loose()
      .parse(JSON.parse(readFileSync(path, 'utf8')));
    const { [`PAY:${first.id}`]: _removed, ...others } = onDisk.entities.risk;
    writeFileSync(path, JSON.stringify({ ...onDisk, entities: { ...onDisk.entities, risk: others } }));
    expect((await stores.risks.list('PAY')).map((risk) => risk.impact)).toEqual([5]);
    expect(await stores.risks.list('PAY')).toHaveLength(1);
    expect(reads).toBe(1);
  });

  it('keeps one file per project', async () => {
    const dir = stateDir();
    const stores = localRecordStores(dir);
    await stores.risks.save('PAY', undefined, RISK, AUDIT);
    await stores.risks.save('GRT', undefined, RISK, AUDIT);
    expect((JSON.parse(readFileSync(join(dir, 'records', 'GRT.json'), 'utf8')) as { entities: Record<string, unknown> }).entities['risk']).toEqual(
      expect.any(Object),
    );
    expect(await stores.risks.list('GRT')).toHaveLength(1);
  });

  it('throws naming the file when it is not a record file, rather than overwriting it', async () => {
    const dir = stateDir();
    const stores = localRecordStores(dir);
    await stores.risks.save('PAY', undefined, RISK, AUDIT);
    writeFileSync(join(dir, 'records', 'PAY.json'), '{"something": "else"}');
    await expect(stores.risks.save('PAY', undefined, RISK, AUDIT)).rejects.toThrow(/PAY\.json is not a Product Lens record file/);
    expect(readFileSync(join(dir, 'records', 'PAY.json'), 'utf8')).toBe('{"something": "else"}');
  });

  it.each(['1e3', '-50', ' 50', 'abc'])('throws InvalidCursorError when a query cursor is %j, which it never gives', async (cursor) => {
    const table = new FileRecordTable(stateDir());
    await expect(table.query({ entity: 'risk', index: 'by-project', partition: ['PAY'], cursor, limit: 10 })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('refuses a project key that could leave the state directory', async () => {
    const table = new FileRecordTable(stateDir());
    await expect(table.get('risk', '../../etc/passwd:1')).rejects.toThrow(/does not start with a Jira project key/);
  });
});
