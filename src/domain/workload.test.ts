import { story } from '../../test/builders';
import { deliveredWorkload, emptyWorkload, inFlightWorkload, workloadShares, type ClassifiedIssue } from './workload';

const months = ['2026-02', '2026-03'];

function resolved(at: string, points: number | null, workType: ClassifiedIssue['workType'], hierarchyLevel = 0): ClassifiedIssue {
  return { issue: story({ resolutionDate: at, storyPoints: points, hierarchyLevel }), workType };
}

describe('deliveredWorkload', () => {
  it('returns every month of the window with zeros when there is no work', () => {
    expect(deliveredWorkload([], months, 'UTC')).toEqual([
      { month: '2026-02', ...emptyWorkload() },
      { month: '2026-03', ...emptyWorkload() },
    ]);
  });

  it('returns counts and point sums by work type, counting empty estimates as 0 points', () => {
    const [february] = deliveredWorkload(
      [resolved('2026-02-10T12:00:00Z', 3, 'feature'), resolved('2026-02-11T12:00:00Z', null, 'feature'), resolved('2026-02-12T12:00:00Z', 5, 'untagged')],
      months,
      'UTC',
    );
    expect(february?.feature).toEqual({ count: 2, points: 3 });
    expect(february?.untagged).toEqual({ count: 1, points: 5 });
  });

  it('returns the month in the report time zone when resolved near midnight', () => {
    const issues = [resolved('2026-03-01T03:00:00.000+0000', 2, 'risk')];
    const [february, march] = deliveredWorkload(issues, months, 'America/Toronto');
    expect(february?.risk).toEqual({ count: 1, points: 2 });
    expect(march?.risk).toEqual({ count: 0, points: 0 });
  });

  it('ignores sub-tasks and epics so their estimates never count twice', () => {
    const issues = [resolved('2026-02-10T12:00:00Z', 8, 'debt', -1), resolved('2026-02-10T12:00:00Z', 20, 'debt', 1)];
    expect(deliveredWorkload(issues, months, 'UTC')[0]?.debt).toEqual({ count: 0, points: 0 });
  });

  it('ignores work resolved outside the window', () => {
    const issues = [resolved('2026-01-31T12:00:00Z', 8, 'defect'), resolved('2026-04-01T12:00:00Z', 8, 'defect')];
    expect(deliveredWorkload(issues, months, 'UTC').every((month) => month.defect.count === 0)).toBe(true);
  });
});

describe('inFlightWorkload', () => {
  it('returns the unresolved standard issues by work type', () => {
    const open: ClassifiedIssue = { issue: story({ storyPoints: 5 }), workType: 'risk' };
    const done = resolved('2026-02-10T12:00:00Z', 3, 'risk');
    const openSubtask: ClassifiedIssue = { issue: story({ storyPoints: 2, hierarchyLevel: -1 }), workType: 'risk' };
    expect(inFlightWorkload([open, done, openSubtask]).risk).toEqual({ count: 1, points: 5 });
  });

  it('returns zeros when nothing is in flight', () => {
    expect(inFlightWorkload([])).toEqual(emptyWorkload());
  });
});

describe('workloadShares', () => {
  it('returns each bucket over the total by points', () => {
    const workload = { ...emptyWorkload(), feature: { count: 1, points: 3 }, untagged: { count: 3, points: 1 } };
    expect(workloadShares(workload, 'points')).toEqual({ feature: 0.75, defect: 0, risk: 0, debt: 0, untagged: 0.25 });
    expect(workloadShares(workload, 'count')?.untagged).toBe(0.75);
  });

  it('returns null, not NaN or zeros, when the month has no work', () => {
    expect(workloadShares(emptyWorkload(), 'points')).toBeNull();
  });

  it('returns null by points when only unestimated work was done', () => {
    expect(workloadShares({ ...emptyWorkload(), feature: { count: 2, points: 0 } }, 'points')).toBeNull();
  });
});
