import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordFigures, recordSignals, type ProductRecords } from '../../src/domain/review';
import { reviewRecords } from '../../src/services/snapshots/reviewRows';
import { currentSeverity, exceedsAppetite, riskViewOf, type Risk } from '../../src/shared/records';
import { EMPTY_REFRESH } from '../../src/storage/snapshots/head';
import { localRecordStores } from '../../src/storage/localStores';

/** The current severity and the appetite, defined once in src/shared/records.ts, as the review reads them. */
const STORED = { version: 1, projectKey: 'PAY', createdAt: '2026-01-01T00:00:00Z', createdBy: 'a', updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'a' };
const AUDIT = { accountId: 'a', at: '2026-01-01T00:00:00Z' };

function risk(id: string, likelihood: number, impact: number, overrides: Partial<Risk> = {}): Risk {
  const base = { statement: `Risk ${id}`, likelihood, impact, strategy: 'mitigate' as const, mitigation: '', status: 'open' as const, linkedIssueKeys: [] };
  return { ...STORED, id, ...base, ...overrides };
}
function records(overrides: Partial<ProductRecords>): ProductRecords {
  return { risks: [], roadmap: [], analyses: [], versions: [], analysisDueDays: 30, riskAppetite: 12, today: '2026-11-15', ...overrides };
}
const MITIGATED = { residualLikelihood: 2, residualImpact: 3 };

describe('current severity and appetite', () => {
  it('returns the residual severity when both halves are given, else the inherent one', () => {
    expect(currentSeverity(risk('1', 4, 5, MITIGATED))).toBe(6);
    expect(currentSeverity(risk('2', 4, 5, { residualLikelihood: 2 }))).toBe(20);
    expect(currentSeverity(risk('3', 4, 5))).toBe(20);
  });

  it('returns exceedsAppetite only when the current severity is strictly above the appetite', () => {
    expect([exceedsAppetite(risk('1', 3, 4), 12), exceedsAppetite(risk('2', 4, 4), 12), exceedsAppetite(risk('3', 4, 4, MITIGATED), 12)]).toEqual([
      false,
      true,
      false,
    ]);
    expect(riskViewOf(risk('4', 4, 4, MITIGATED), 5)).toMatchObject({ severity: 16, residualSeverity: 6, targetSeverity: null, exceedsAppetite: true });
  });
});

describe('the review reads the current severity', () => {
  it('returns aboveAppetite from residual severities where given', () => {
    const figures = recordFigures(records({ risks: [risk('1', 4, 4), risk('2', 5, 5, MITIGATED)], riskAppetite: 12 }));
    expect(figures.aboveAppetite).toBe(1);
    expect(figures.openRisks).toEqual({ low: 0, medium: 0, high: 2 });
  });

  it('returns no risk-review-overdue signal when the only overdue high risk is mitigated below high', () => {
    const overdue = { reviewDate: '2026-10-01' };
    expect(recordSignals(records({ risks: [risk('1', 5, 5, { ...overdue, ...MITIGATED })] }))).toEqual([]);
    expect(recordSignals(records({ risks: [risk('1', 5, 5, overdue)] })).map((signal) => signal.code)).toEqual(['risk-review-overdue']);
  });

  it("returns aboveAppetite against the profile's appetite in the Portfolio review's rows", async () => {
    const stores = localRecordStores(mkdtempSync(join(tmpdir(), 'review-appetite-')));
    const head = { projectKey: 'PAY', projectName: 'Payments', version: 1, asOf: null, content: null, refresh: EMPTY_REFRESH };
    const fields = { statement: 'Risk', likelihood: 3, impact: 3, strategy: 'mitigate' as const, mitigation: '', status: 'open' as const, linkedIssueKeys: [] };
    await stores.risks.save('PAY', undefined, fields, AUDIT);
    expect((await reviewRecords(stores, head, '2026-11-15')).records.aboveAppetite).toBe(0);
    const profile = { productName: 'Payments', vision: '', roles: {}, fiscalYearStartMonth: 4, analysisDueDays: 30, riskAppetite: 8 };
    await stores.profiles.save('PAY', profile, undefined, AUDIT);
    expect((await reviewRecords(stores, head, '2026-11-15')).records.aboveAppetite).toBe(1);
  });
});
