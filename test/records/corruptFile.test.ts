import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordApi } from '../../src/shared/records';
import { startRecordSite, USERS, type RecordSite } from './localSite';

const RISK = { statement: 'Given that …', likelihood: 4, impact: 4, strategy: 'avoid', mitigation: '', status: 'open' };
const ITEM = { title: 'Instant refunds', outcome: '', targetMonth: '2026-12', status: 'planned' };
const PROFILE = { productName: 'Payments', vision: '', fiscalYearStartMonth: 4, analysisDueDays: 30 };

let local: RecordSite;
let records: string;
let crashLeftover: string;
let liveWrite: string;

let logged: jest.SpyInstance;
beforeAll(async () => {
  // Unreadable records are logged for whoever runs the site; the test reads the log instead of printing it.
  logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const stateDir = mkdtempSync(join(tmpdir(), 'corrupt-records-'));
  records = join(stateDir, 'records');
  mkdirSync(records, { recursive: true });
  // A process that has ended: its temporary file is what a crash before the rename leaves.
  const endedPid = spawnSync(process.execPath, ['-e', '']).pid;
  crashLeftover = join(records, `PAY.json.${endedPid}.0b7c4a8e-1111-4d7a-9c4e-123456789abc.tmp`);
  liveWrite = join(records, `GRT.json.${process.pid}.1b7c4a8e-2222-4d7a-9c4e-123456789abc.tmp`);
  writeFileSync(crashLeftover, '{"format": "product-lens-records/1", "entit');
  writeFileSync(liveWrite, '{}');
  local = await startRecordSite(stateDir);
  await local.data('risks/save', { risk: RISK });
  await local.data('risks/save', { risk: RISK }, { project: 'GRT' });
});
afterAll(async () => {
  await local.close();
  logged.mockRestore();
});

/** portfolio/records is a figure key, so it is called here directly, from the global page. */
async function portfolioProjects(): Promise<unknown> {
  const body = JSON.stringify({ key: 'portfolio/records', payload: {}, context: { accountId: USERS.admin, extension: {} } });
  const response = await fetch(`${local.site.url}/__bridge/invoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return response.json();
}

const PAY_KEYS: [keyof RecordApi, unknown][] = [
  ['profile/get', {}],
  ['profile/save', { profile: PROFILE }],
  ['risks/list', {}],
  ['risks/save', { risk: RISK }],
  ['risks/history', { id: '0b7c4a8e-1111-4d7a-9c4e-123456789abc' }],
  ['roadmap/list', {}],
  ['roadmap/save', { item: ITEM }],
  ['releases/list', {}],
  ['capacity/list', { boardId: 1 }],
];

describe('a local record file that cannot be read', () => {
  it('removes the temporary file a crashed write left at start, and keeps one a running process is writing', () => {
    expect(existsSync(crashLeftover)).toBe(false);
    expect(existsSync(liveWrite)).toBe(true);
  });

  it.each(PAY_KEYS)('returns INTERNAL naming PAY.json and what to do when PAY.json is cut short, for %s', async (key, payload) => {
    writeFileSync(join(records, 'PAY.json'), '{"format": "product-lens-records/1", "entities": {"risk": {');
    const reply = await local.invoke(key, payload);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(reply.error?.message).toContain(`${join(records, 'PAY.json')} is not a Product Lens record file (product-lens-records/1; not JSON:`);
    expect(reply.error?.message).toContain('Move it aside to start that file empty, or put back a backup of it; other products are not affected');
  });

  it('returns INTERNAL naming the field at fault when PAY.json is JSON of another format', async () => {
    writeFileSync(join(records, 'PAY.json'), '{"format": "spreadsheet/2", "entities": {}}');
    const reply = await local.invoke('risks/list', {});
    expect(reply.error?.message).toMatch(/PAY\.json is not a Product Lens record file \(product-lens-records\/1; format: /);
  });

  it("returns GRT's records and the portfolio rows of every other product when PAY.json cannot be read", async () => {
    writeFileSync(join(records, 'PAY.json'), 'not json');
    expect((await local.data('risks/list', {}, { project: 'GRT' })).items).toHaveLength(1);
    const portfolio = await portfolioProjects();
    expect(portfolio).toMatchObject({ ok: true, data: { products: [{ project: 'GRT' }, { project: 'MOB' }] } });
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^Portfolio review: PAY is left out; .*PAY\.json is not a Product Lens record file/));
  });

  it("returns PAY's records empty once PAY.json is moved aside, as the message says", async () => {
    writeFileSync(join(records, 'PAY.json'), 'not json');
    renameSync(join(records, 'PAY.json'), join(records, 'PAY.json.broken'));
    expect(await local.data('risks/list', {})).toEqual({ items: [], riskAppetite: 12, canEdit: true });
  });
});
