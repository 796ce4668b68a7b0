import type { BoardVelocity, WorkloadByBucket } from '../shared/figures';
import { figureSignals } from './signals';

function quarter(points: Partial<Record<keyof WorkloadByBucket, number>>): WorkloadByBucket {
  const of = (value = 0) => ({ count: value === 0 ? 0 : 1, points: value });
  return { feature: of(points.feature), defect: of(points.defect), risk: of(points.risk), debt: of(points.debt), untagged: of(points.untagged) };
}

function board(completed: number[], committed: number[] = completed, completedOn: string[] = []): BoardVelocity {
  const sprints = completed.map((done, index) => ({
    id: index,
    name: `Sprint ${index}`,
    startDate: '',
    completeDate: completedOn[index] ?? `2026-01-${String(10 + index).padStart(2, '0')}T00:00:00Z`,
    committed: committed[index] ?? done,
    completed: done,
    sayDo: null,
    issues: [],
  }));
  return { id: 1, name: 'Team', estimationFieldId: null, doneColumn: 'Done', sprints, velocity: null };
}

describe('figureSignals', () => {
  it('returns no signal when nothing was delivered and there are no sprints', () => {
    expect(figureSignals(quarter({}), [])).toEqual([]);
  });

  it('returns no-risk-or-debt with the points when the quarter delivered only features and defects', () => {
    expect(figureSignals(quarter({ feature: 30, defect: 10 }), [])).toEqual([
      { code: 'no-risk-or-debt', reason: 'Delivered 40 points in the last 3 months, none of them Risk or Debt work' },
    ]);
  });

  it('returns untagged-work when more than 25 % of delivered points are untagged, and not at exactly 25 %', () => {
    expect(figureSignals(quarter({ debt: 6, untagged: 4 }), []).map((signal) => signal.code)).toEqual(['untagged-work']);
    expect(figureSignals(quarter({ debt: 3, untagged: 1 }), [])).toEqual([]);
  });

  it('returns velocity-drop with the numbers when the last 3 sprints average under 80 % of the 3 before', () => {
    expect(figureSignals(quarter({}), [board([30, 24, 24, 18, 18, 18])])).toEqual([
      { code: 'velocity-drop', reason: 'Velocity 18 points, down 31 % from 26 points over the previous 3 sprints' },
    ]);
  });

  it('returns no velocity-drop for a board with fewer than 6 closed sprints, or a drop to exactly 80 %', () => {
    expect(figureSignals(quarter({}), [board([30, 30, 10, 10, 10])])).toEqual([]);
    expect(figureSignals(quarter({}), [board([10, 10, 10, 8, 8, 8])])).toEqual([]);
  });

  it("returns overcommitment from the product's last 3 closed sprints by completion, whichever boards ran them", () => {
    const teamA = board([10, 10, 10], [10, 10, 10], ['2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', '2026-01-20T00:00:00Z']);
    const teamB = board([1, 1], [10, 10], ['2026-01-18T00:00:00Z', '2026-01-19T00:00:00Z']);
    expect(figureSignals(quarter({}), [teamA, teamB])).toEqual([
      { code: 'overcommitment', reason: 'Say/do 40 % over the last 3 sprints: 12 points completed of 30 points committed (below 70 %)' },
    ]);
  });

  it('returns overcommitment when say/do over the last 3 sprints of all boards is below 70 %', () => {
    const signals = figureSignals(quarter({}), [board([6, 6], [10, 10]), board([2], [10])]);
    expect(signals).toEqual([
      { code: 'overcommitment', reason: 'Say/do 47 % over the last 3 sprints: 14 points completed of 30 points committed (below 70 %)' },
    ]);
  });
});
