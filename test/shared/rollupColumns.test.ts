import type { PortfolioProductRow } from '../../src/shared/api';
import { ROLLUP_FIGURE_COLUMNS, rounded } from '../../src/shared/rollupColumns';

const points = (value: number) => ({ count: 1, points: value });
const flow = { velocity: 12, timeMedianDays: 3.04, time85Days: 5.63, load: 4 };

const ROW: PortfolioProductRow = {
  project: 'PAY',
  projectName: 'Payments',
  quarter: { feature: points(10), defect: points(4), risk: points(2), debt: points(1), untagged: points(3) },
  quarterShares: null,
  velocity: 12.345,
  previousVelocity: 21.26,
  sayDo: 0.8012,
  monthlyPoints: [],
  flow: { feature: flow, defect: flow, risk: flow, debt: flow, untagged: flow, all: flow },
  delivery: { releases: [], releaseFrequency: 0.3333, leadTimeMedianDays: 44.54, changeFailureRate: null, timeToRestoreMedianDays: 12.5 },
  signals: [{ code: 'velocity-drop', reason: 'Velocity 12.3 points, down 42 %' }],
};

describe('ROLLUP_FIGURE_COLUMNS', () => {
  it('returns the rollup command’s headers in order when listed', () => {
    expect(ROLLUP_FIGURE_COLUMNS.map(([header]) => header)).toEqual([
      'feature points',
      'defect points',
      'risk points',
      'debt points',
      'untagged points',
      'velocity',
      'previous velocity',
      'say/do',
      'issues resolved (3 months)',
      'flow time median (days)',
      'flow time 85th (days)',
      'load',
      'releases per month',
      'lead time median (days)',
      'change failure rate',
      'time to restore median (days)',
      'signals',
    ]);
  });

  it('returns the figures rounded for reading, empty where a product lacks one, and the signal codes when given a row', () => {
    expect(ROLLUP_FIGURE_COLUMNS.map(([, cell]) => cell(ROW))).toEqual([
      10,
      4,
      2,
      1,
      3,
      12.3,
      21.3,
      0.8,
      12,
      3,
      5.6,
      4,
      0.33,
      44.5,
      null,
      12.5,
      'velocity-drop',
    ]);
  });
});

describe('rounded', () => {
  it('returns null when the figure is missing', () => {
    expect(rounded(null)).toBeNull();
    expect(rounded(undefined, 2)).toBeNull();
  });
});
