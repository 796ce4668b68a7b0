import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readableReviewRecords } from '../../src/services/snapshots/reviewRows';
import { localRecordStores } from '../../src/storage/localStores';
import { EMPTY_REFRESH, type SnapshotHead } from '../../src/storage/snapshots/head';

/** The Portfolio review keeps a product whose record file cannot be read, and says why (issue 9). */
const AUDIT = { accountId: 'a', at: '2026-01-01T00:00:00Z' };
const RISK = { statement: 'Risk', likelihood: 5, impact: 4, strategy: 'avoid' as const, mitigation: '', status: 'open' as const, linkedIssueKeys: [] };

function head(projectKey: string): SnapshotHead {
  return { projectKey, projectName: projectKey, version: 1, asOf: null, content: null, refresh: EMPTY_REFRESH };
}

describe('the review’s records of a product whose record file cannot be read', () => {
  let logged: jest.SpyInstance;
  beforeAll(() => {
    logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(() => logged.mockRestore());

  it('returns no record figures and the reason naming the file, while another product reads as stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unreadable-review-'));
    const stores = localRecordStores(dir);
    await stores.risks.save('PAY', undefined, RISK, AUDIT);
    await stores.risks.save('GRT', undefined, RISK, AUDIT);
    const file = readdirSync(dir, { recursive: true, encoding: 'utf8' }).find((name) => name.endsWith('PAY.json'));
    if (file === undefined) throw new Error(`no PAY.json under ${dir}`);
    writeFileSync(join(dir, file), 'not json');

    const pay = await readableReviewRecords(localRecordStores(dir), head('PAY'), '2026-11-15');
    expect(pay.records).toEqual({ openRisks: { low: 0, medium: 0, high: 0 }, aboveAppetite: 0, nextMilestone: null, analysesDue: 0 });
    expect(pay.signals).toEqual([]);
    expect(pay.unreadable).toContain('PAY.json is not a Product Lens record file');
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^Portfolio review: the records of PAY are left out; /));

    const grt = await readableReviewRecords(localRecordStores(dir), head('GRT'), '2026-11-15');
    expect(grt.unreadable).toBeUndefined();
    expect(grt.records).toMatchObject({ openRisks: { low: 0, medium: 0, high: 1 }, aboveAppetite: 1 });
  });
});
