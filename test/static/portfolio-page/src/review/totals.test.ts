import { portfolioTotals } from '../../../../../static/portfolio-page/src/review/totals';
import { computingRow, flow, quarter, readyRow } from '../reviewRowsFixture';

const releases = (counts: number[]) => counts.map((count, index) => ({ month: `2026-${String(index + 1).padStart(2, '0')}`, count }));

describe('portfolioTotals', () => {
  it('returns the sums of points, velocity, flow velocity, load, risks and analyses of the ready products when some are computing', () => {
    const a = readyRow('AAA', {
      quarter: quarter({ feature: 30, defect: 10 }),
      velocity: 8,
      records: { openRisks: { low: 1, medium: 0, high: 2 }, aboveAppetite: 1, nextMilestone: null, analysesDue: 3 },
    });
    const b = readyRow('BBB', { quarter: quarter({ debt: 20 }), velocity: null });
    const totals = portfolioTotals([a, b, computingRow('CCC')], 'all');
    expect(totals).toMatchObject({ products: 3, ready: 2, quarterPoints: 60, velocity: 8, flowVelocity: 8, load: 2, aboveAppetite: 1, analysesDue: 3 });
    expect(totals.openRisks).toEqual({ low: 1, medium: 0, high: 2 });
    expect(totals.quarterShares).toEqual({ feature: 0.5, defect: 10 / 60, risk: 0, debt: 20 / 60, untagged: 0 });
  });

  it('returns no shares and no velocity when no product delivered or closed a sprint', () => {
    const totals = portfolioTotals([readyRow('AAA', { quarter: quarter({}), velocity: null })], 'all');
    expect(totals.quarterShares).toBeNull();
    expect(totals.velocity).toBeNull();
    expect(totals.trend).toBeNull();
  });

  it('returns the change failure rate over all releases, not the mean of the products’ rates', () => {
    const once = readyRow('AAA', {
      delivery: { releases: releases([1]), releaseFrequency: 1, leadTimeMedianDays: 1, changeFailureRate: 1, timeToRestoreMedianDays: 2 },
    });
    const often = readyRow('BBB', {
      delivery: { releases: releases([3]), releaseFrequency: 3, leadTimeMedianDays: 1, changeFailureRate: 0, timeToRestoreMedianDays: null },
    });
    const none = readyRow('CCC', {
      delivery: { releases: releases([0]), releaseFrequency: 0, leadTimeMedianDays: null, changeFailureRate: null, timeToRestoreMedianDays: null },
    });
    const totals = portfolioTotals([once, often, none], 'all');
    expect(totals.changeFailureRate).toBeCloseTo(0.25);
    expect(totals.releaseFrequency).toBe(4);
  });

  it('returns no change failure rate when no product released', () => {
    const none = readyRow('AAA', {
      delivery: { releases: releases([0, 0]), releaseFrequency: 0, leadTimeMedianDays: null, changeFailureRate: null, timeToRestoreMedianDays: null },
    });
    expect(portfolioTotals([none], 'all').changeFailureRate).toBeNull();
  });

  it('returns the trend of Σ velocity against Σ previous velocity over the products that have both', () => {
    const rows = [
      readyRow('AAA', { velocity: 12, previousVelocity: 8 }),
      readyRow('BBB', { velocity: 6, previousVelocity: null }),
      readyRow('CCC', { velocity: 3, previousVelocity: 7 }),
    ];
    expect(portfolioTotals(rows, 'all').trend).toEqual({ velocity: 15, previousVelocity: 15 });
  });

  it('returns the flow sums of the chosen work category', () => {
    const base = readyRow('X');
    const row = readyRow('AAA', { flow: { ...base.flow, defect: flow({ velocity: 7, load: 3 }) } });
    expect(portfolioTotals([row], 'defect')).toMatchObject({ flowVelocity: 7, load: 3 });
  });

  it('returns month by month sums of the delivered points for the sparkline', () => {
    const a = readyRow('AAA', {
      monthlyPoints: [
        { month: '2026-11', points: 5 },
        { month: '2026-12', points: 1 },
      ],
    });
    const b = readyRow('BBB', {
      monthlyPoints: [
        { month: '2026-12', points: 2 },
        { month: '2026-11', points: 0 },
      ],
    });
    expect(portfolioTotals([a, b], 'all').monthlyPoints).toEqual([
      { month: '2026-11', points: 5 },
      { month: '2026-12', points: 3 },
    ]);
  });

  it('returns zeros and no products for an empty list', () => {
    expect(portfolioTotals([], 'all')).toMatchObject({ products: 0, ready: 0, signals: 0, quarterPoints: 0, quarterShares: null, monthlyPoints: [] });
  });
});
