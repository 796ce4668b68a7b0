import { signalCodes, type ClosedSprint } from './expected-signals';
import type { WorkBucket } from './fixture-types';
import type { WorkloadJson } from './expected-types';

function quarter(points: Partial<Record<WorkBucket, number>>): WorkloadJson {
  const of = (value = 0) => ({ count: value === 0 ? 0 : 1, points: value });
  return { feature: of(points.feature), defect: of(points.defect), risk: of(points.risk), debt: of(points.debt), untagged: of(points.untagged) };
}

/** A board's closed sprints, completed on days `firstDay`, `firstDay + 2`, …; each completed what it committed unless `completed` says. */
function board(firstDay: number, committed: readonly number[], completed: readonly number[] = committed): ClosedSprint[] {
  return committed.map((points, index) => ({ complete: (firstDay + 2 * index) * 86_400_000, committed: points, completed: completed[index] ?? points }));
}

const none = quarter({});

describe('signalCodes', () => {
  it('returns no code when nothing was delivered and there are no sprints', () => {
    expect(signalCodes(none, [])).toEqual([]);
  });

  it('returns no-risk-or-debt when the quarter delivered points, none of them Risk or Debt', () => {
    expect(signalCodes(quarter({ feature: 30, defect: 10 }), [])).toEqual(['no-risk-or-debt']);
    expect(signalCodes(quarter({ feature: 30, debt: 0.5 }), [])).toEqual([]);
  });

  it('returns untagged-work when more than 25 % of the delivered points are untagged, and not at exactly 25 %', () => {
    expect(signalCodes(quarter({ risk: 6, untagged: 4 }), [])).toEqual(['untagged-work']);
    expect(signalCodes(quarter({ risk: 3, untagged: 1 }), [])).toEqual([]);
  });

  it('returns both mix codes in the contract order when only untagged work was delivered', () => {
    expect(signalCodes(quarter({ untagged: 5 }), [])).toEqual(['no-risk-or-debt', 'untagged-work']);
  });

  it('returns velocity-drop when the last 3 sprints by completion average under 80 % of the 3 before', () => {
    const sprints = board(1, [30, 24, 24, 18, 18, 18]);
    expect(signalCodes(none, [sprints])).toEqual(['velocity-drop']);
    // The same sprints listed newest first: completion, not listing, says which are the last 3.
    expect(signalCodes(none, [[...sprints].reverse()])).toEqual(['velocity-drop']);
  });

  it('returns no velocity-drop for a drop to exactly 80 %, or on a board with fewer than 6 closed sprints', () => {
    expect(signalCodes(none, [board(1, [10, 10, 10, 8, 8, 8])])).toEqual([]);
    expect(signalCodes(none, [board(1, [30, 30, 10, 10, 10])])).toEqual([]);
  });

  it('returns velocity-drop summed over the boards with 6 closed sprints, leaving out a shorter one', () => {
    const falling = board(1, [20, 20, 20, 10, 10, 10]);
    const rising = board(2, [10, 10, 10, 16, 16, 16]);
    const short = board(3, [50, 50, 0, 0, 0]);
    // 10 + 16 = 26 is not below 0.8 × (20 + 10) = 24.
    expect(signalCodes(none, [falling, rising, short])).toEqual([]);
    expect(signalCodes(none, [falling, short])).toEqual(['velocity-drop']);
  });

  it("returns overcommitment when say/do over the product's last 3 closed sprints, whichever boards ran them, is below 70 %", () => {
    // The last 3 sprints are all the second board's: 15 of 30. Each board's last 3 together would give 45 of 60 (75 %).
    const early = board(1, [10, 10, 10]);
    const late = board(7, [10, 10, 10], [5, 5, 5]);
    expect(signalCodes(none, [early, late])).toEqual(['overcommitment']);
  });

  it('returns no overcommitment at exactly 70 %, or when the last 3 sprints committed nothing', () => {
    expect(signalCodes(none, [board(1, [10, 10, 10], [7, 7, 7])])).toEqual([]);
    expect(signalCodes(none, [board(1, [10, 0, 0, 0], [1, 4, 0, 2])])).toEqual([]);
  });

  it('returns every code in the contract order when all four apply', () => {
    const sprints = board(1, [30, 30, 30, 30, 30, 30], [30, 30, 30, 10, 10, 10]);
    expect(signalCodes(quarter({ feature: 2, untagged: 2 }), [sprints])).toEqual(['no-risk-or-debt', 'untagged-work', 'velocity-drop', 'overcommitment']);
  });
});
