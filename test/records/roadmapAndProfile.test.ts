import { startRecordSite, USERS, type RecordSite } from './localSite';

const ITEM = {
  title: 'Instant refunds',
  outcome: 'Customers get refunds within a minute',
  targetMonth: '2026-12',
  status: 'in-progress',
  linkedIssueKeys: ['PAY-1', 'PAY-2'],
};
const PROFILE = {
  productName: 'Payments',
  vision: 'Everyone is paid on time',
  roles: { headOfProduct: USERS.admin, productOwner: USERS.productOwner },
  fiscalYearStartMonth: 4,
  analysisDueDays: 30,
};

let local: RecordSite;
beforeAll(async () => {
  local = await startRecordSite();
});
afterAll(() => local.close());

describe('profile/* through POST /__bridge/invoke', () => {
  it('answers no profile with the default settings before one is saved', async () => {
    expect(await local.data('profile/get', {}, { project: 'GRT' })).toEqual({
      profile: null,
      settings: { fiscalYearStartMonth: 4, analysisDueDays: 30, riskAppetite: 12 },
      canEdit: true,
    });
  });

  it('saves the profile, answers it from profile/get, and refuses a second first save with CONFLICT', async () => {
    const saved = await local.data('profile/save', { profile: PROFILE });
    expect(saved).toMatchObject({ ...PROFILE, id: 'PAY', version: 1 });
    expect(await local.data('profile/get', {})).toEqual({
      profile: saved,
      settings: { fiscalYearStartMonth: 4, analysisDueDays: 30, riskAppetite: 12 },
      canEdit: true,
    });
    expect((await local.invoke('profile/save', { profile: PROFILE })).error).toMatchObject({ code: 'CONFLICT', current: { version: 1 } });
    const updated = await local.data('profile/save', { profile: { ...PROFILE, version: 1, fiscalYearStartMonth: 1 } });
    expect(updated.version).toBe(2);
    expect((await local.invoke('profile/save', { profile: { ...PROFILE, version: 1 } })).error).toMatchObject({ code: 'CONFLICT', current: { version: 2 } });
    await local.data('profile/save', { profile: { ...PROFILE, version: 2 } });
  });

  it.each([
    ['a start month of 13', { fiscalYearStartMonth: 13 }, 'profile.fiscalYearStartMonth'],
    ['an empty product name', { productName: '' }, 'profile.productName'],
    ['negative due days', { analysisDueDays: -1 }, 'profile.analysisDueDays'],
    ['a role that is no account id', { roles: { productOwner: 'Sam <sam@example.com>' } }, 'profile.roles.productOwner'],
  ])('answers VALIDATION naming the field for %s', async (_, change, field) => {
    expect((await local.invoke('profile/save', { profile: { ...PROFILE, ...change } }, { project: 'MOB' })).error).toMatchObject({ code: 'VALIDATION', field });
    expect(local.storedText('MOB')).toBeNull();
  });
});

describe('roadmap/* through POST /__bridge/invoke', () => {
  it("saves an item and answers its progress from the linked epics' resolved and total points", async () => {
    const saved = await local.data('roadmap/save', { item: { ...ITEM, versionId: '10105' } });
    expect(saved).toMatchObject({ ...ITEM, versionId: '10105', version: 1, fiscalYear: 2026 });
    // The sample fixture's standard issues under PAY-1 and PAY-2 carry 124 points, 121 of them resolved.
    expect(saved.progress).toEqual({ donePoints: 121, totalPoints: 124, ratio: 121 / 124 });
  });

  it('lists a fiscal year by month and leaves out other years', async () => {
    await local.data('roadmap/save', { item: { ...ITEM, title: 'Next year', targetMonth: '2027-04', linkedIssueKeys: [] } });
    await local.data('roadmap/save', { item: { ...ITEM, title: 'March', targetMonth: '2027-03', linkedIssueKeys: [] } });
    const year = await local.data('roadmap/list', { fiscalYear: 2026 });
    expect(year.months).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
    expect(year.items.map((item) => item.title)).toEqual(['Instant refunds', 'March']);
    expect((await local.data('roadmap/list', { fiscalYear: 2027 })).items.map((item) => item.title)).toEqual(['Next year']);
    const linked = await local.data('roadmap/list', { linkedIssueKey: 'PAY-2' });
    expect(linked).toMatchObject({ fiscalYear: null, months: [] });
    expect(linked.items.map((item) => item.title)).toEqual(['Instant refunds']);
  });

  it('answers CONFLICT for a stale save or delete, then deletes the current version', async () => {
    const created = await local.data('roadmap/save', { item: { ...ITEM, linkedIssueKeys: [] } });
    await local.data('roadmap/save', { item: { ...ITEM, linkedIssueKeys: [], id: created.id, version: 1, status: 'at-risk' } });
    expect((await local.invoke('roadmap/save', { item: { ...ITEM, linkedIssueKeys: [], id: created.id, version: 1 } })).error).toMatchObject({
      code: 'CONFLICT',
      current: { status: 'at-risk' },
    });
    expect((await local.invoke('roadmap/delete', { id: created.id, version: 1 })).error?.code).toBe('CONFLICT');
    expect(await local.data('roadmap/delete', { id: created.id, version: 2 })).toEqual({ id: created.id, deleted: true });
  });

  it.each(['0000-01', '1969-12', '1999-12', '2101-01', '9999-12'])(
    'returns VALIDATION on item.targetMonth and stores nothing when the target month is %s, which no fiscal year lists',
    async (targetMonth) => {
      const before = local.storedText('PAY');
      const reply = await local.invoke('roadmap/save', { item: { ...ITEM, targetMonth, linkedIssueKeys: [] } });
      expect(reply).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', field: 'item.targetMonth', message: 'item.targetMonth: must be a month from 2000-01 to 2100-12' },
      });
      expect(local.storedText('PAY')).toBe(before);
    },
  );

  it.each([
    ['2000-01', 1999],
    ['2100-12', 2100],
  ])('returns the item in its fiscal year when the target month is %s, at the edge of the range', async (targetMonth, fiscalYear) => {
    const saved = await local.data('roadmap/save', { item: { ...ITEM, title: `Edge ${targetMonth}`, targetMonth, linkedIssueKeys: [] } });
    const listed = await local.data('roadmap/list', { fiscalYear });
    expect(listed.items.map((item) => item.id)).toContain(saved.id);
  });

  it.each([
    ['a target month that is not YYYY-MM', { targetMonth: '2026-13' }, 'item.targetMonth'],
    ['a target month written as a date', { targetMonth: '2026-12-01' }, 'item.targetMonth'],
    ['an unknown status', { status: 'done' }, 'item.status'],
    ['an empty title', { title: '' }, 'item.title'],
    ['a version of another project', { versionId: '10107' }, 'item.versionId'],
    ['a version that does not exist', { versionId: '99999' }, 'item.versionId'],
    ['a linked epic of another project', { linkedIssueKeys: ['GRT-1'] }, 'item.linkedIssueKeys.0'],
    ['a linked issue that does not exist', { linkedIssueKeys: ['PAY-1', 'PAY-9999'] }, 'item.linkedIssueKeys.1'],
  ])('answers VALIDATION naming the field and stores nothing for %s', async (_, change, field) => {
    const before = local.storedText('PAY');
    expect((await local.invoke('roadmap/save', { item: { ...ITEM, ...change } })).error).toMatchObject({ code: 'VALIDATION', field });
    expect(local.storedText('PAY')).toBe(before);
  });
});
