import type { ReleaseAnalysis, Risk, RoadmapItem } from '../shared/records';
import { monthOverMonth, recordFigures, recordSignals, type ProductRecords } from './review';

const STORED = { version: 1, projectKey: 'PAY', createdAt: '2026-01-01T00:00:00Z', createdBy: 'a', updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'a' };

function risk(id: string, likelihood: number, impact: number, overrides: Partial<Risk> = {}): Risk {
  return {
    ...STORED,
    id,
    statement: `Risk ${id}`,
    likelihood,
    impact,
    strategy: 'mitigate',
    mitigation: '',
    status: 'open',
    linkedIssueKeys: [],
    ...overrides,
  };
}
function item(title: string, targetMonth: string, status: RoadmapItem['status']): RoadmapItem {
  return { ...STORED, id: title, title, outcome: '', targetMonth, status, linkedIssueKeys: [] };
}
function records(overrides: Partial<ProductRecords> = {}): ProductRecords {
  return { risks: [], roadmap: [], analyses: [], versions: [], analysisDueDays: 30, riskAppetite: 12, today: '2026-11-15', ...overrides };
}
const ZERO = {
  quarter: {
    feature: { count: 0, points: 0 },
    defect: { count: 0, points: 0 },
    risk: { count: 0, points: 0 },
    debt: { count: 0, points: 0 },
    untagged: { count: 0, points: 0 },
  },
};

describe('recordFigures', () => {
  it('returns zeros and no milestone when the product has no records', () => {
    expect(recordFigures(records())).toEqual({ openRisks: { low: 0, medium: 0, high: 0 }, aboveAppetite: 0, nextMilestone: null, analysesDue: 0 });
  });

  it('returns open risks by band and those above the appetite, leaving closed risks out', () => {
    const figures = recordFigures(records({ risks: [risk('1', 5, 5), risk('2', 3, 4), risk('3', 2, 2), risk('4', 5, 5, { status: 'closed' })] }));
    expect(figures.openRisks).toEqual({ low: 1, medium: 1, high: 1 });
    expect(figures.aboveAppetite).toBe(1);
  });

  it('returns a risk at exactly the appetite as not above it', () => {
    expect(recordFigures(records({ risks: [risk('1', 3, 4)], riskAppetite: 12 })).aboveAppetite).toBe(0);
  });

  it('returns the earliest roadmap item neither delivered nor missed as the next milestone', () => {
    const roadmap = [item('Later', '2027-03', 'planned'), item('Done', '2026-01', 'delivered'), item('Soon', '2026-12', 'at-risk')];
    expect(recordFigures(records({ roadmap })).nextMilestone).toEqual({ title: 'Soon', targetMonth: '2026-12', status: 'at-risk' });
  });

  it('returns the released versions whose analysis is due and not written', () => {
    const versions = [
      { id: '1', name: '1.0', released: true, releaseDate: '2026-09-01' },
      { id: '2', name: '1.1', released: true, releaseDate: '2026-09-05' },
      { id: '3', name: '1.2', released: true, releaseDate: '2026-11-10' },
    ];
    const analyses: ReleaseAnalysis[] = [
      { ...STORED, id: '2', versionId: '2', analysisDate: '2026-10-01', expectedOutcomes: '', analysis: '', verdict: 'achieved', links: [] },
    ];
    expect(recordFigures(records({ versions, analyses })).analysesDue).toBe(1);
  });
});

describe('recordSignals', () => {
  it('returns no signal when the product has no records', () => {
    expect(recordSignals(records())).toEqual([]);
  });

  it('returns risk-review-overdue for an open high risk reviewed before today, not for medium ones or today', () => {
    const risks = [risk('1', 5, 4, { reviewDate: '2026-11-01' }), risk('2', 3, 3, { reviewDate: '2026-01-01' }), risk('3', 5, 5, { reviewDate: '2026-11-15' })];
    expect(recordSignals(records({ risks }))).toEqual([
      { code: 'risk-review-overdue', reason: "1 open high risk is past review; the oldest review was due 2026-11-01: 'Risk 1'" },
    ]);
  });

  it('returns analysis-overdue naming the releases', () => {
    const versions = [{ id: '1', name: '1.0', released: true, releaseDate: '2026-09-01' }];
    expect(recordSignals(records({ versions }))).toEqual([{ code: 'analysis-overdue', reason: "Impact analysis due and not written for 1 release: '1.0'" }]);
  });

  it('returns roadmap-slipping for items past their month that are neither delivered nor missed', () => {
    const roadmap = [item('Payouts', '2026-10', 'in-progress'), item('Wallet', '2026-10', 'missed'), item('Now', '2026-11', 'planned')];
    expect(recordSignals(records({ roadmap }))).toEqual([
      { code: 'roadmap-slipping', reason: "1 roadmap item past the target month and not delivered: 'Payouts' (2026-10)" },
    ]);
  });
});

describe('monthOverMonth', () => {
  it('returns null when no month has closed yet', () => {
    expect(monthOverMonth(['velocity-drop'], undefined)).toBeNull();
  });

  it('returns last month figures with the signals that appeared and cleared since', () => {
    const closed = { month: '2026-10', figures: { ...ZERO, velocity: 26, sayDo: 0.9, signals: [{ code: 'untagged-work' as const }] } };
    expect(monthOverMonth(['velocity-drop'], closed)).toEqual({
      month: '2026-10',
      quarterPoints: 0,
      velocity: 26,
      sayDo: 0.9,
      signals: ['untagged-work'],
      appeared: ['velocity-drop'],
      cleared: ['untagged-work'],
    });
  });
});
