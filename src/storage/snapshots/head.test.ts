import { EMPTY_REFRESH, SNAPSHOT_FORMAT, headFromStored, headToStored, type SnapshotHead } from './head';

const NO_FLOW = { velocity: 0, timeMedianDays: null, time85Days: null, load: 0 };
const ROW = {
  project: 'PAY',
  projectName: 'Payments',
  quarterShares: null,
  velocity: null,
  previousVelocity: null,
  sayDo: null,
  monthlyPoints: [{ month: '2026-11', points: 3 }],
  flow: { feature: NO_FLOW, defect: NO_FLOW, risk: NO_FLOW, debt: NO_FLOW, untagged: NO_FLOW, all: NO_FLOW },
  delivery: { releases: [], releaseFrequency: 0, leadTimeMedianDays: null, changeFailureRate: null, timeToRestoreMedianDays: null },
  signals: [],
  quarter: {
    feature: { count: 1, points: 3 },
    defect: { count: 0, points: 0 },
    risk: { count: 0, points: 0 },
    debt: { count: 0, points: 0 },
    untagged: { count: 0, points: 0 },
  },
};

function head(format: number): SnapshotHead {
  return {
    projectKey: 'PAY',
    projectName: 'Payments',
    version: 3,
    asOf: '2026-11-15T06:00:00.000+0000',
    refresh: { ...EMPTY_REFRESH, cursor: '2026-11-15T06:00:00.000+0000', kind: 'full' },
    content: {
      format,
      window: 24,
      timeZone: 'UTC',
      pieces: { facts: [['a']], full: ['b'], public: ['c'], fullReports: ['e'], publicReports: ['f'], secured: ['d'] },
      factGroupStarts: [0],
      securedCount: 0,
      foreignProjects: [],
      rows: { full: ROW, public: ROW },
      versions: [{ id: '10100', name: '1.4', released: true, releaseDate: '2026-10-01' }],
    },
  };
}

describe('headFromStored', () => {
  it('returns the head as it was stored when its snapshot has the current format', () => {
    const stored = head(SNAPSHOT_FORMAT);
    expect(headFromStored(JSON.parse(JSON.stringify(headToStored(stored))), 'PAY')).toMatchObject({ asOf: stored.asOf, content: { format: SNAPSHOT_FORMAT } });
  });

  it('returns no snapshot, no clock and no cursor when the stored snapshot has an older format, so the next refresh is a full build', () => {
    const { content, ...rest } = headToStored(head(1)).state;
    const stored = { ...headToStored(head(1)), state: { ...rest, content: { ...content, format: undefined } } };
    const read = headFromStored(JSON.parse(JSON.stringify(stored)), 'PAY');
    expect(read).toMatchObject({ projectKey: 'PAY', version: 3, asOf: null, content: null, refresh: { cursor: null, kind: 'full' } });
  });

  it('throws naming the key when the head is not in the expected shape', () => {
    expect(() => headFromStored({ projectKey: 'PAY' }, 'product-snapshot/PAY')).toThrow(/'product-snapshot\/PAY' is not in the expected shape/);
  });
});
