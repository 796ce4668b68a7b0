import type { SprintFigures, SprintReportIssue } from '../../../../../src/shared/figures';
import {
  commitmentLine,
  completedLine,
  countedIn,
  countOf,
  estimateChange,
  groupHeading,
  outcomeGroups,
  pointsOf,
  reportProblem,
  reportSums,
} from '../../../../../static/product-page/src/velocity/sprintReportText';

/** A committed issue completed at an unchanged estimate of 3, overridden per test. */
function issue(key: string, overrides: Partial<SprintReportIssue> = {}): SprintReportIssue {
  return {
    key,
    outcome: 'completed',
    inCommitment: true,
    addedDuringSprint: false,
    estimateAtStart: 3,
    estimateAtEnd: 3,
    notCountedAtStart: null,
    ...overrides,
  };
}

function sprint(issues: SprintReportIssue[], figures: Partial<SprintFigures> = {}): SprintFigures {
  const sums = reportSums(issues);
  return {
    id: 7,
    name: 'PAY Sprint 7',
    startDate: '2026-03-02T09:00:00.000Z',
    completeDate: '2026-03-16T17:00:00.000Z',
    committed: sums.committed,
    completed: sums.completed,
    sayDo: sums.committed === 0 ? null : sums.completed / sums.committed,
    issues,
    ...figures,
  };
}

const doneBefore = issue('PAY-2', { outcome: 'completedOutside', inCommitment: false, notCountedAtStart: 'done' });
const addedAndDone = issue('PAY-3', { inCommitment: false, addedDuringSprint: true, estimateAtStart: null, estimateAtEnd: 5 });
const doneBeforeJoining = issue('PAY-4', { outcome: 'completedOutside', inCommitment: false, addedDuringSprint: true });
const removed = issue('PAY-5', { outcome: 'removed', estimateAtEnd: 8 });
const unmapped = issue('PAY-6', { outcome: 'notCompleted', inCommitment: false, notCountedAtStart: 'unmapped', estimateAtStart: 2, estimateAtEnd: 2 });

describe('countOf and pointsOf', () => {
  it('returns the singular when there is exactly one', () => {
    expect(countOf(1, 'issue', 'issues')).toBe('1 issue');
    expect(pointsOf(1)).toBe('1 point');
  });

  it('returns the plural for none, several and fractions', () => {
    expect(countOf(0, 'issue', 'issues')).toBe('0 issues');
    expect(pointsOf(0)).toBe('0 points');
    expect(pointsOf(2.5)).toBe('2.5 points');
  });
});

describe('estimateChange', () => {
  it('returns both estimates when the issue had them', () => {
    expect(estimateChange(issue('PAY-1', { estimateAtStart: 3, estimateAtEnd: 5 }))).toBe('3 → 5');
  });

  it('returns an en dash for an empty estimate', () => {
    expect(estimateChange(addedAndDone)).toBe('– → 5');
    expect(estimateChange(issue('PAY-1', { estimateAtStart: 1, estimateAtEnd: null }))).toBe('1 → –');
  });
});

describe('commitmentLine', () => {
  it('returns the issues counted and those done before the sprint when some were', () => {
    const issues = [
      ...['PAY-10', 'PAY-11', 'PAY-12'].map((key) => issue(key)),
      doneBefore,
      issue('PAY-13', { outcome: 'completedOutside', inCommitment: false, notCountedAtStart: 'done' }),
    ];
    expect(commitmentLine(sprint(issues))).toBe(
      'Commitment 9 points = 3 issues in the sprint when it started, at their estimates then; 2 done before the sprint are not counted.',
    );
  });

  it('returns the singular for one issue worth one point', () => {
    expect(commitmentLine(sprint([issue('PAY-1', { estimateAtStart: 1 })]))).toBe(
      'Commitment 1 point = 1 issue in the sprint when it started, at its estimate then.',
    );
  });

  it('returns each reason once when issues were added, unmapped or done at the start', () => {
    expect(commitmentLine(sprint([issue('PAY-1'), doneBefore, addedAndDone, unmapped]))).toBe(
      'Commitment 3 points = 1 issue in the sprint when it started, at its estimate then; 1 done before the sprint is not counted; ' +
        '1 in a status on no column of the board is not counted; 1 added after it started (*) is not counted.',
    );
  });

  it('returns how many counted issues had no estimate when some had none', () => {
    expect(commitmentLine(sprint([issue('PAY-1'), issue('PAY-2', { estimateAtStart: null })]))).toBe(
      'Commitment 3 points = 2 issues in the sprint when it started, at their estimates then (1 without an estimate counts 0).',
    );
  });

  it('returns no issue when the sprint started empty', () => {
    expect(commitmentLine(sprint([]))).toBe('Commitment 0 points = no issue was in the sprint when it started.');
  });
});

describe('completedLine', () => {
  it("returns the issues that reached the board's done column and those done before joining", () => {
    const issues = [issue('PAY-1'), issue('PAY-7', { estimateAtEnd: 5 }), doneBeforeJoining];
    expect(completedLine(sprint(issues), 'Done')).toBe(
      'Completed 8 points = 2 issues that reached Done (the board’s right-most column) during the sprint, at their estimates when it ended; ' +
        '1 done before it joined the sprint is not counted.',
    );
  });

  it('returns those done before the sprint started apart from those done before joining it', () => {
    expect(completedLine(sprint([issue('PAY-1'), doneBefore, doneBeforeJoining, removed]), 'Released')).toBe(
      'Completed 3 points = 1 issue that reached Released (the board’s right-most column) during the sprint, at its estimate when it ended; ' +
        '1 done before the sprint started is not counted; 1 done before it joined the sprint is not counted.',
    );
  });

  it('returns the right-most column without a name when the board has none', () => {
    expect(completedLine(sprint([issue('PAY-1', { outcome: 'notCompleted' })]), null)).toBe(
      'Completed 0 points = no issue reached the board’s right-most column during the sprint.',
    );
  });

  it('returns how many completed issues had no estimate when some had none', () => {
    expect(completedLine(sprint([issue('PAY-1', { estimateAtEnd: null })]), 'Done')).toBe(
      'Completed 0 points = 1 issue that reached Done (the board’s right-most column) during the sprint, at its estimate when it ended (1 without an estimate counts 0).',
    );
  });
});

describe('countedIn', () => {
  it('returns both figures for a committed issue completed in the sprint', () => {
    expect(countedIn(issue('PAY-1'))).toBe('Commitment and completed');
  });

  it('returns one figure when the issue counts in only one', () => {
    expect(countedIn(removed)).toBe('Commitment');
    expect(countedIn(addedAndDone)).toBe('Completed');
  });

  it('returns why an issue counts in neither figure', () => {
    expect(countedIn(doneBefore)).toBe('Neither: done before the sprint started');
    expect(countedIn(doneBeforeJoining)).toBe('Neither: done before it joined the sprint');
    expect(countedIn(unmapped)).toBe('Neither: in a status on no column of the board at the start');
    expect(countedIn(issue('PAY-8', { outcome: 'notCompleted', inCommitment: false, addedDuringSprint: true }))).toBe('Neither: added after the start');
  });
});

describe('outcomeGroups and groupHeading', () => {
  it("returns the outcomes in Jira's order, leaving out those no issue had", () => {
    const groups = outcomeGroups([removed, doneBefore, issue('PAY-1'), addedAndDone]);
    expect(groups.map((group) => [group.title, group.issues.map((member) => member.key)])).toEqual([
      ['Completed', ['PAY-1', 'PAY-3']],
      ['Completed outside this sprint', ['PAY-2']],
      ['Removed from the sprint', ['PAY-5']],
    ]);
  });

  it('returns no group when the sprint had no issue', () => {
    expect(outcomeGroups([])).toEqual([]);
  });

  it('returns the count and end estimates of a group, empty ones counting 0', () => {
    const [completed] = outcomeGroups([issue('PAY-1', { estimateAtEnd: 1 }), issue('PAY-9', { estimateAtEnd: null })]);
    expect(completed && groupHeading(completed)).toBe('Completed: 2 issues, 1 point at the end');
  });
});

describe('reportSums and reportProblem', () => {
  it('returns the start estimates of committed issues and the end estimates of completed ones', () => {
    expect(reportSums([issue('PAY-1', { estimateAtEnd: 5 }), removed, addedAndDone, doneBefore, unmapped])).toEqual({ committed: 6, completed: 10 });
  });

  it('returns no problem when the issues add up to the figures, fractions included', () => {
    const issues = [0.1, 0.2].map((points, index) => issue(`PAY-${index}`, { estimateAtStart: points, estimateAtEnd: points }));
    expect(reportProblem(sprint(issues, { committed: 0.3, completed: 0.3 }))).toBeNull();
    expect(reportProblem(sprint([]))).toBeNull();
  });

  it('returns that the issues were not kept when a sprint with figures lists none', () => {
    expect(reportProblem(sprint([], { committed: 34, completed: 21 }))).toBe(
      'These figures were taken without the sprint’s issues. Refresh reads them from Jira again.',
    );
  });

  it('returns both sums when the issues do not add up to the figures', () => {
    expect(reportProblem(sprint([issue('PAY-1')], { committed: 5 }))).toBe(
      'The issues listed add up to 3 points committed and 3 points completed, not the 5 and 3 of the figures. Refresh reads them from Jira again; tell your Jira admin if it stays.',
    );
  });
});
