import { flowFigures, medianOf, nearestRank85, type ReviewIssue } from './expected-flow';
import type { WorkBucket } from './fixture-types';
import { setStatus, type SimIssue } from './model';
import { instant, simIssue } from './test-support';
import { monthKey } from './time';

const ZONE = 'America/Toronto';
/** September to November 2026: the flow months of a site whose now is in mid-November. */
const inFlowMonths = (ms: number) => ['2026-09', '2026-10', '2026-11'].includes(monthKey(ms, ZONE));

function worked(issue: SimIssue, changes: ReadonlyArray<readonly [string, SimIssue['status']]>): SimIssue {
  for (const [at, status] of changes) setStatus(issue, instant(at), status);
  return issue;
}

const entry = (issue: SimIssue, bucket: WorkBucket): ReviewIssue => ({ issue, bucket });

describe('medianOf and nearestRank85', () => {
  it('returns the middle value, or the mean of the two middle ones, when given unsorted values', () => {
    expect(medianOf([3, 1, 2])).toBe(2);
    expect(medianOf([3, 1, 2, 10])).toBe(2.5);
    expect(medianOf([])).toBeNull();
  });

  it('returns the value at rank ⌈0.85 × n⌉ when given n values, without rounding a whole rank up', () => {
    expect(nearestRank85([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toBe(9);
    // ⌈0.85 × 20⌉ is 17 exactly: a whole rank stays itself.
    expect(nearestRank85(Array.from({ length: 20 }, (_, i) => i + 1))).toBe(17);
    expect(nearestRank85([4])).toBe(4);
    expect(nearestRank85([])).toBeNull();
  });
});

describe('flowFigures', () => {
  // Started Tuesday noon, resolved Thursday midnight: 1.5 days, whatever it did in between.
  const feature = worked(simIssue(1, '2026-10-05T00:00:00Z'), [
    ['2026-10-06T12:00:00Z', 'progress'],
    ['2026-10-07T00:00:00Z', 'parked'],
    ['2026-10-08T00:00:00Z', 'done'],
  ]);
  // Never left To Do before Won't Do: that change is its start, so its flow time is 0.
  const dropped = worked(simIssue(2, '2026-09-01T00:00:00Z'), [['2026-10-20T00:00:00Z', 'wontdo']]);
  // Reopened and done again: the work started when it first left To Do.
  const reopened = worked(simIssue(3, '2026-09-01T00:00:00Z'), [
    ['2026-09-02T00:00:00Z', 'progress'],
    ['2026-09-04T00:00:00Z', 'done'],
    ['2026-09-10T00:00:00Z', 'progress'],
    ['2026-09-12T00:00:00Z', 'done'],
  ]);
  // No status change out of To Do on record: it starts at its creation.
  const defect = simIssue(4, '2026-11-01T00:00:00Z', { status: 'done', resolvedAt: instant('2026-11-04T06:00:00Z') });
  // Resolved at 23:30 on August 31st in Toronto, before the flow months though September in UTC.
  const august = worked(simIssue(5, '2026-08-20T00:00:00Z'), [
    ['2026-08-21T00:00:00Z', 'progress'],
    ['2026-09-01T03:30:00Z', 'done'],
  ]);
  const inReview = worked(simIssue(6, '2026-11-01T00:00:00Z'), [
    ['2026-11-02T00:00:00Z', 'progress'],
    ['2026-11-03T00:00:00Z', 'review'],
  ]);
  // Ready for Release is an in-progress status even where a board's last column holds it.
  const ready = worked(simIssue(7, '2026-11-01T00:00:00Z'), [['2026-11-02T00:00:00Z', 'ready']]);
  const waiting = simIssue(8, '2026-11-01T00:00:00Z');
  const issues = [
    entry(feature, 'feature'),
    entry(dropped, 'feature'),
    entry(reopened, 'feature'),
    entry(defect, 'defect'),
    entry(august, 'defect'),
    entry(inReview, 'debt'),
    entry(ready, 'untagged'),
    entry(waiting, 'untagged'),
  ];
  const flow = flowFigures(issues, inFlowMonths);

  it('returns the resolved count and flow times from the first move out of To Do when issues were resolved in the flow months', () => {
    expect(flow.feature).toEqual({ velocity: 3, timeMedianDays: 1.5, time85Days: 10, load: 0 });
    expect(flow.defect).toEqual({ velocity: 1, timeMedianDays: 3.25, time85Days: 3.25, load: 0 });
  });

  it('returns a load of the issues in an in-progress status now and no flow time when none was resolved', () => {
    expect(flow.risk).toEqual({ velocity: 0, timeMedianDays: null, time85Days: null, load: 0 });
    expect(flow.debt).toEqual({ velocity: 0, timeMedianDays: null, time85Days: null, load: 1 });
    expect(flow.untagged).toEqual({ velocity: 0, timeMedianDays: null, time85Days: null, load: 1 });
  });

  it('returns every category together under all, after the five categories in their order', () => {
    expect(flow.all).toEqual({ velocity: 4, timeMedianDays: 2.375, time85Days: 10, load: 2 });
    expect(Object.keys(flow)).toEqual(['feature', 'defect', 'risk', 'debt', 'untagged', 'all']);
    expect(Object.keys(flow.all)).toEqual(['velocity', 'timeMedianDays', 'time85Days', 'load']);
  });
});
