import { deliveredPointsByMonth, sumByMonth, sumWorkloads } from './rollup';
import { emptyWorkload } from './workload';

describe('deliveredPointsByMonth', () => {
  it('returns completed points by the month the sprint completed in, in the zone', () => {
    const sprints = [
      { completeDate: '2026-03-01T03:00:00.000+0000', completed: 8 },
      { completeDate: '2026-03-10T12:00:00.000+0000', completed: 5 },
    ];
    expect(deliveredPointsByMonth(sprints, ['2026-02', '2026-03'], 'America/Toronto')).toEqual([
      { month: '2026-02', points: 8 },
      { month: '2026-03', points: 5 },
    ]);
  });

  it('returns zeros for every month when no sprint completed', () => {
    expect(deliveredPointsByMonth([], ['2026-02'], 'UTC')).toEqual([{ month: '2026-02', points: 0 }]);
  });
});

describe('sumByMonth', () => {
  it('returns the sum over products month by month', () => {
    const products = [
      [{ month: '2026-10', points: 8 }],
      [
        { month: '2026-10', points: 5 },
        { month: '2026-11', points: 1 },
      ],
    ];
    expect(sumByMonth(products, ['2026-10', '2026-11'])).toEqual([
      { month: '2026-10', points: 13 },
      { month: '2026-11', points: 1 },
    ]);
  });

  it('returns zeros when the viewer may browse no product', () => {
    expect(sumByMonth([], ['2026-10'])).toEqual([{ month: '2026-10', points: 0 }]);
  });
});

describe('sumWorkloads', () => {
  it('returns bucket-by-bucket sums', () => {
    const a = { ...emptyWorkload(), risk: { count: 1, points: 2 } };
    const b = { ...emptyWorkload(), risk: { count: 2, points: 3 }, debt: { count: 1, points: 1 } };
    expect(sumWorkloads([a, b])).toEqual({ ...emptyWorkload(), risk: { count: 3, points: 5 }, debt: { count: 1, points: 1 } });
  });

  it('returns zeros for no workloads', () => {
    expect(sumWorkloads([])).toEqual(emptyWorkload());
  });
});
