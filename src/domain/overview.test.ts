import { projectFacts } from '../../test/builders';
import type { SprintFigures } from '../shared/figures';
import { olderSprintReports, productTabFigures, withRecentSprintReports, withSprintReports, type ProductTabFigures } from './overview';

function sprint(id: number, key: string): SprintFigures {
  const issue = {
    key,
    outcome: 'completed' as const,
    inCommitment: true,
    addedDuringSprint: false,
    estimateAtStart: 3,
    estimateAtEnd: 3,
    notCountedAtStart: null,
  };
  return { id, name: `Sprint ${id}`, startDate: '2026-01-05', completeDate: '2026-01-16', committed: 3, completed: 3, sayDo: 1, issues: [issue] };
}

function withSprints(sprints: SprintFigures[]): ProductTabFigures {
  const base = productTabFigures(projectFacts([]), 12);
  const board = { id: 1, name: 'PAY board', estimationFieldId: 'customfield_10016', doneColumn: 'Done', sprints, velocity: 3 };
  return { ...base, product: { ...base.product, velocity: { boards: [board] } } };
}

describe('olderSprintReports', () => {
  it('returns the reports of the sprints before the last `keep` when a board has more', () => {
    const figures = withSprints([sprint(101, 'PAY-1'), sprint(102, 'PAY-2'), sprint(103, 'PAY-3')]);
    expect(olderSprintReports(figures, 2)).toEqual([{ boardId: 1, sprintId: 101, issues: sprint(101, 'PAY-1').issues }]);
  });

  it('returns no reports when a board has `keep` sprints or fewer', () => {
    expect(olderSprintReports(withSprints([sprint(101, 'PAY-1')]), 2)).toEqual([]);
  });
});

describe('withSprintReports', () => {
  it('returns the original figures when the older reports are put back into the recent ones', () => {
    const figures = withSprints([sprint(101, 'PAY-1'), sprint(102, 'PAY-2'), sprint(103, 'PAY-3')]);
    expect(withSprintReports(withRecentSprintReports(figures, 1), olderSprintReports(figures, 1))).toEqual(figures);
  });

  it('returns the figures unchanged when there are no reports to put back', () => {
    const recent = withRecentSprintReports(withSprints([sprint(101, 'PAY-1'), sprint(102, 'PAY-2')]), 1);
    expect(withSprintReports(recent, [])).toEqual(recent);
  });
});
