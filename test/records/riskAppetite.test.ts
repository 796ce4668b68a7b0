import { startRecordSite, type RecordSite } from './localSite';

/** Residual and target risk, and the product's risk appetite (issue 9), through the bridge. */
const RISK = {
  statement: 'Given that the card vendor migrates in Q1, there is a risk that refunds fail, which will lead to complaints',
  likelihood: 4,
  impact: 4,
  strategy: 'mitigate',
  mitigation: 'Dual-run refunds for two weeks',
  status: 'open',
  linkedIssueKeys: ['PAY-1'],
};
const PROFILE = { productName: 'Payments', vision: 'Everyone is paid on time', roles: {}, fiscalYearStartMonth: 4, analysisDueDays: 30 };

let local: RecordSite;
beforeAll(async () => {
  local = await startRecordSite();
});
afterAll(() => local.close());

describe('residual and target risk', () => {
  it('returns residual and target severities and bands when both halves are given', async () => {
    const saved = await local.data('risks/save', { risk: { ...RISK, residualLikelihood: 2, residualImpact: 3, targetLikelihood: 1, targetImpact: 2 } });
    expect(saved).toMatchObject({ severity: 16, band: 'high', residualSeverity: 6, residualBand: 'medium', targetSeverity: 2, targetBand: 'low' });
    const listed = (await local.data('risks/list', {})).items.find((risk) => risk.id === saved.id);
    expect(listed).toMatchObject({ residualLikelihood: 2, residualImpact: 3, targetLikelihood: 1, targetImpact: 2, residualSeverity: 6, targetSeverity: 2 });
  });

  it('returns null residual and target severities when a risk has none', async () => {
    const saved = await local.data('risks/save', { risk: RISK });
    expect(saved).toMatchObject({ residualSeverity: null, residualBand: null, targetSeverity: null, targetBand: null });
  });

  it('records residual and target changes in the history', async () => {
    const created = await local.data('risks/save', { risk: RISK });
    await local.data('risks/save', { risk: { ...RISK, id: created.id, version: 1, residualLikelihood: 2, residualImpact: 2 } });
    const [latest] = (await local.data('risks/history', { id: created.id })).entries;
    expect(latest?.changes).toEqual([
      { field: 'residualLikelihood', from: null, to: 2 },
      { field: 'residualImpact', from: null, to: 2 },
    ]);
  });

  it.each([
    ['residual likelihood 0', { residualLikelihood: 0, residualImpact: 2 }, 'risk.residualLikelihood'],
    ['residual impact 6', { residualLikelihood: 2, residualImpact: 6 }, 'risk.residualImpact'],
    ['target likelihood 2.5', { targetLikelihood: 2.5, targetImpact: 2 }, 'risk.targetLikelihood'],
    ['target impact "low"', { targetLikelihood: 1, targetImpact: 'low' }, 'risk.targetImpact'],
    ['a residual likelihood without its impact', { residualLikelihood: 2 }, 'risk.residualImpact'],
    ['a target impact without its likelihood', { targetImpact: 2 }, 'risk.targetLikelihood'],
  ])('returns VALIDATION naming the field and stores nothing for %s', async (_, change, field) => {
    const before = local.storedText('PAY');
    const reply = await local.invoke('risks/save', { risk: { ...RISK, ...change } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } });
    expect(local.storedText('PAY')).toBe(before);
  });
});

describe('risk appetite', () => {
  it('returns the default appetite 12 and judges the current severity against it before a profile is saved', async () => {
    const inherent = await local.data('risks/save', { risk: { ...RISK, linkedIssueKeys: [] } }, { project: 'GRT' });
    const mitigated = await local.data('risks/save', { risk: { ...RISK, linkedIssueKeys: [], residualLikelihood: 2, residualImpact: 3 } }, { project: 'GRT' });
    expect([inherent.exceedsAppetite, mitigated.exceedsAppetite]).toEqual([true, false]);
    expect((await local.data('profile/get', {}, { project: 'GRT' })).settings.riskAppetite).toBe(12);
    expect((await local.data('risks/list', {}, { project: 'GRT' })).riskAppetite).toBe(12);
  });

  it('returns exceedsAppetite from the saved appetite in the register and the epic panel list', async () => {
    const mitigated = await local.data('risks/save', { risk: { ...RISK, residualLikelihood: 2, residualImpact: 3 } });
    const saved = await local.data('profile/save', { profile: { ...PROFILE, riskAppetite: 5 } });
    expect(saved.riskAppetite).toBe(5);
    const register = await local.data('risks/list', {});
    expect(register.riskAppetite).toBe(5);
    expect(register.items.find((risk) => risk.id === mitigated.id)?.exceedsAppetite).toBe(true);
    const panel = await local.data('risks/list', { linkedIssueKey: 'PAY-1' });
    expect(panel.items.find((risk) => risk.id === mitigated.id)?.exceedsAppetite).toBe(true);
    await local.data('profile/save', { profile: { ...PROFILE, version: saved.version, riskAppetite: 6 } });
    expect((await local.data('risks/list', {})).items.find((risk) => risk.id === mitigated.id)?.exceedsAppetite).toBe(false);
  });

  it.each([
    ['0', 0],
    ['26', 26],
    ['12.5', 12.5],
    ['"high"', 'high'],
  ])('returns VALIDATION on profile.riskAppetite when it is %s', async (_, riskAppetite) => {
    const reply = await local.invoke('profile/save', { profile: { ...PROFILE, riskAppetite } }, { project: 'GRT' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'profile.riskAppetite' } });
  });
});
