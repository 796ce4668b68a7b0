import { startRecordSite, type RecordSite } from './localSite';

const ANALYSIS = {
  versionId: '10101',
  analysisDate: '2026-01-20',
  expectedOutcomes: 'Refund disputes halve',
  analysis: 'Disputes fell from 120 to 70 a month',
  verdict: 'partly-achieved',
  links: ['https://example.com/dashboards/refunds'],
};

let local: RecordSite;
beforeAll(async () => {
  local = await startRecordSite();
});
afterAll(() => local.close());

describe('releases/* through POST /__bridge/invoke', () => {
  it('lists every version with its analysis status: released long ago is due, unreleased is not', async () => {
    const { items, analysisDueDays, canEdit } = await local.data('releases/list', {});
    expect({ analysisDueDays, canEdit }).toEqual({ analysisDueDays: 30, canEdit: true });
    expect(items.map((item) => item.name)).toEqual(['PAY R6', 'PAY R5', 'PAY R4', 'PAY R3', 'PAY R2', 'PAY R1']);
    // PAY R1 shipped 2025-12-13: due 30 days later, long before any day these tests run.
    expect(items.find((item) => item.versionId === '10101')).toEqual({
      versionId: '10101',
      name: 'PAY R1',
      description: 'Quarterly release 1',
      releaseDate: '2025-12-13',
      released: true,
      archived: false,
      dueDate: '2026-01-12',
      analysisStatus: 'due',
      // The sample fixture's standard issues with fix version PAY R1, by work type (docs/METRICS.md).
      shipped: {
        feature: { count: 7, points: 34 },
        defect: { count: 18, points: 89 },
        risk: { count: 0, points: 0 },
        debt: { count: 0, points: 0 },
        untagged: { count: 41, points: 161 },
      },
    });
    expect(items.find((item) => item.name === 'PAY R6')).toMatchObject({ released: false, dueDate: null, analysisStatus: 'not-due' });
  });

  it('saves an analysis, which clears "analysis due", and answers CONFLICT for a stale save', async () => {
    const row = await local.data('releases/saveAnalysis', { analysis: ANALYSIS });
    expect(row).toMatchObject({ versionId: '10101', analysisStatus: 'done', analysis: { ...ANALYSIS, id: '10101', version: 1 } });
    const listed = await local.data('releases/list', {});
    expect(listed.items.find((item) => item.versionId === '10101')).toEqual(row);
    expect((await local.invoke('releases/saveAnalysis', { analysis: ANALYSIS })).error).toMatchObject({ code: 'CONFLICT', current: { version: 1 } });
    expect((await local.data('releases/saveAnalysis', { analysis: { ...ANALYSIS, version: 1, verdict: 'achieved' } })).analysis).toMatchObject({
      version: 2,
      verdict: 'achieved',
    });
  });

  it("follows the profile's due days", async () => {
    await local.data('profile/save', { profile: { productName: 'Payments', vision: '', roles: {}, fiscalYearStartMonth: 4, analysisDueDays: 365 } });
    const { items, analysisDueDays } = await local.data('releases/list', {});
    expect(analysisDueDays).toBe(365);
    expect(items.find((item) => item.versionId === '10102')?.dueDate).toBe('2027-03-13');
  });

  it.each([
    ['an unreleased version of the project', { versionId: '10105' }, 'analysis.versionId'],
    ['a released version of another project', { versionId: '10107' }, 'analysis.versionId'],
    ['a version that does not exist', { versionId: '99999' }, 'analysis.versionId'],
    ['a version id that is no id', { versionId: 'PAY R1' }, 'analysis.versionId'],
    ['an unknown verdict', { verdict: 'success' }, 'analysis.verdict'],
    ['an analysis date that is not a date', { analysisDate: '20/01/2026' }, 'analysis.analysisDate'],
    ['a link that is not a web link', { links: ['javascript:alert(1)'] }, 'analysis.links.0'],
  ])('answers VALIDATION naming the field and stores nothing for %s', async (_, change, field) => {
    const before = local.storedText('PAY');
    expect((await local.invoke('releases/saveAnalysis', { analysis: { ...ANALYSIS, versionId: '10102', ...change } })).error).toMatchObject({
      code: 'VALIDATION',
      field,
    });
    expect(local.storedText('PAY')).toBe(before);
  });
});
