import type { PortfolioOverviewRow } from '../../../../src/shared/api';
import type { FlowFigures, WorkloadByBucket } from '../../../../src/shared/figures';
import type { ReadyRow } from '../../../../static/portfolio-page/src/review/reviewRows';

/** Literal rows of `portfolio/overview` for the review's pure modules. */
export function quarter(points: Partial<Record<keyof WorkloadByBucket, number>>): WorkloadByBucket {
  const of = (bucket: keyof WorkloadByBucket) => ({ count: points[bucket] === undefined ? 0 : 1, points: points[bucket] ?? 0 });
  return { feature: of('feature'), defect: of('defect'), risk: of('risk'), debt: of('debt'), untagged: of('untagged') };
}

export function flow(figures: Partial<FlowFigures> = {}): FlowFigures {
  return { velocity: 0, timeMedianDays: null, time85Days: null, load: 0, ...figures };
}

const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];

/** A ready product with 40 Feature points this quarter and nothing else, overridden per test. */
export function readyRow(projectKey: string, overrides: Partial<ReadyRow> = {}): ReadyRow {
  const all = flow({ velocity: 4, timeMedianDays: 2, time85Days: 5, load: 1 });
  return {
    projectKey,
    project: projectKey,
    projectName: `${projectKey} product`,
    snapshot: { status: 'ready', asOf: '2026-12-01T12:00:00.000Z', refreshing: false, lastError: null },
    quarter: quarter({ feature: 40 }),
    quarterShares: { feature: 1, defect: 0, risk: 0, debt: 0, untagged: 0 },
    velocity: 10,
    previousVelocity: 10,
    sayDo: 0.9,
    monthlyPoints: MONTHS.map((month) => ({ month, points: 10 })),
    flow: { feature: all, defect: flow(), risk: flow(), debt: flow(), untagged: flow(), all },
    delivery: {
      releases: MONTHS.map((month) => ({ month, count: month === '2026-06' ? 1 : 0 })),
      releaseFrequency: 1 / 12,
      leadTimeMedianDays: 3,
      changeFailureRate: 0,
      timeToRestoreMedianDays: null,
    },
    signals: [],
    records: { openRisks: { low: 0, medium: 0, high: 0 }, aboveAppetite: 0, nextMilestone: null, analysesDue: 0 },
    lastMonth: null,
    ...overrides,
  };
}

export function computingRow(projectKey: string): PortfolioOverviewRow {
  return { projectKey, projectName: `${projectKey} product`, snapshot: { status: 'computing', asOf: null, refreshing: true, lastError: null } };
}
