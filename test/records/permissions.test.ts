import type { RecordApi } from '../../src/shared/records';
import { startRecordSite, USERS, type RecordSite } from './localSite';

const RISK = {
  statement: 'Given that …, there is a risk that …, which will lead to …',
  likelihood: 2,
  impact: 2,
  strategy: 'monitor',
  mitigation: '',
  status: 'open',
};
const ITEM = { title: 'Refunds', outcome: 'Faster refunds', targetMonth: '2026-12', status: 'planned' };
const PROFILE = { productName: 'Payments', vision: '', roles: {}, fiscalYearStartMonth: 4, analysisDueDays: 30 };
const ANALYSIS = { versionId: '10101', analysisDate: '2026-01-20', expectedOutcomes: '', analysis: '', verdict: 'inconclusive' };

let local: RecordSite;
let writes: [keyof RecordApi, unknown][];
let reads: [keyof RecordApi, unknown][];

beforeAll(async () => {
  local = await startRecordSite();
  const risk = await local.data('risks/save', { risk: RISK });
  const item = await local.data('roadmap/save', { item: ITEM });
  await local.data('profile/save', { profile: PROFILE });
  writes = [
    ['profile/save', { profile: { ...PROFILE, version: 1 } }],
    ['capacity/save', { capacity: { boardId: 1, sprintId: 128, availableDays: 10 } }],
    ['roadmap/save', { item: { ...ITEM, id: item.id, version: 1, status: 'missed' } }],
    ['roadmap/delete', { id: item.id, version: 1 }],
    ['risks/save', { risk: { ...RISK, id: risk.id, version: 1, impact: 5 } }],
    ['risks/delete', { id: risk.id, version: 1 }],
    ['releases/saveAnalysis', { analysis: ANALYSIS }],
  ];
  reads = [
    ['profile/get', {}],
    ['capacity/list', { boardId: 1 }],
    ['roadmap/list', {}],
    ['risks/list', {}],
    ['risks/history', { id: risk.id }],
    ['releases/list', {}],
  ];
});
afterAll(() => local.close());

async function codesOf(calls: [keyof RecordApi, unknown][], accountId: string, project = 'PAY'): Promise<Record<string, string>> {
  const codes: Record<string, string> = {};
  for (const [key, payload] of calls) {
    const reply = await local.invoke(key, payload, { accountId, project });
    codes[key] = reply.ok ? 'OK' : (reply.error?.code ?? 'no error code');
  }
  return codes;
}

const every = (keys: [keyof RecordApi, unknown][], code: string): Record<string, string> => Object.fromEntries(keys.map(([key]) => [key, code]));

describe('record permissions through POST /__bridge/invoke', () => {
  it('answers NOT_FOUND for every key to a user who may not browse the project, and writes nothing', async () => {
    const before = local.storedText('PAY');
    expect(await codesOf([...reads, ...writes], USERS.nobody)).toEqual(every([...reads, ...writes], 'NOT_FOUND'));
    expect(await codesOf([...reads, ...writes], USERS.productOwner, 'GRT')).toEqual(every([...reads, ...writes], 'NOT_FOUND'));
    expect(local.storedText('PAY')).toBe(before);
  });

  it('lets a browse-only user read (told they may not edit) and answers FORBIDDEN to every write, writing nothing', async () => {
    const before = local.storedText('PAY');
    expect(await codesOf(reads, USERS.lead)).toEqual(every(reads, 'OK'));
    expect((await local.data('risks/list', {}, { accountId: USERS.lead })).canEdit).toBe(false);
    expect(await codesOf(writes, USERS.lead)).toEqual(every(writes, 'FORBIDDEN'));
    expect(local.storedText('PAY')).toBe(before);
  });

  it('answers FORBIDDEN to a product owner saving the profile (it needs Administer Projects) but lets them edit risks', async () => {
    const before = local.storedText('PAY');
    const reply = await local.invoke('profile/save', { profile: { ...PROFILE, version: 1, productName: 'Mine' } }, { accountId: USERS.productOwner });
    expect(reply.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('administer') as string });
    expect(local.storedText('PAY')).toBe(before);
    expect((await local.data('profile/get', {}, { accountId: USERS.productOwner })).canEdit).toBe(false);
    expect((await local.data('risks/list', {}, { accountId: USERS.productOwner })).canEdit).toBe(true);
    expect((await local.invoke('risks/save', { risk: RISK }, { accountId: USERS.productOwner })).ok).toBe(true);
  });

  it('answers VALIDATION naming the context when the surface has no project', async () => {
    expect((await local.invoke('risks/list', {}, { project: null })).error).toMatchObject({ code: 'VALIDATION', field: 'context.extension.project' });
  });

  it('ignores a project named in the payload: the context decides', async () => {
    expect((await local.invoke('risks/list', { projectKey: 'GRT' })).error).toMatchObject({ code: 'VALIDATION', field: 'payload' });
    const reply = await local.invoke('risks/save', { risk: { ...RISK, projectKey: 'GRT' } }, { project: 'PAY' });
    expect(reply.data?.projectKey).toBe('PAY');
  });
});
