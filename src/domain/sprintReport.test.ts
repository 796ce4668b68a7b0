import { timeline } from '../../test/builders';
import type { FieldChange, IssueTimeline } from './issue';
import { sprintReport, type BoardColumn } from './sprintReport';

const START = '2026-01-05T09:00:00.000Z';
const COMPLETE = '2026-01-19T09:00:00.000Z';
const sprint = { id: 7, name: 'Sprint 7', startDate: START, completeDate: COMPLETE };
const t = (iso: string) => Date.parse(iso);
const CREATED = t('2026-01-01T00:00:00Z');
/** To Do | In Progress | Won't Do (a done-category status in a middle column) | Done + Ready for Release; 'parked' is in no column. */
const COLUMNS: BoardColumn[] = [
  { name: 'To Do', statusIds: ['todo'] },
  { name: 'In Progress', statusIds: ['doing'] },
  { name: "Won't Do", statusIds: ['wontdo'] },
  { name: 'Done', statusIds: ['done', 'ready'] },
];

const change = (at: string, from: string, to: string): FieldChange => ({ at: t(at), from, fromString: from, to, toString: to });
const estimateChange = (at: string, from: string, to: string): FieldChange => ({ at: t(at), from: null, fromString: from, to: null, toString: to });

function story(key: string, overrides: Partial<IssueTimeline>): IssueTimeline {
  return timeline({ key, created: CREATED, ...overrides });
}

/** In the sprint from before its start, To Do at the start, Done during it. */
const doneDuring = (key: string, estimate: number | null) =>
  story(key, {
    current: { sprintIds: [7], estimate, statusId: 'done' },
    sprintChanges: [change('2026-01-02T00:00:00Z', '', '7')],
    statusChanges: [change('2026-01-10T00:00:00Z', 'todo', 'done')],
  });

describe('sprintReport', () => {
  it('returns zeros and no issues when the board has no issues', () => {
    expect(sprintReport(sprint, [], COLUMNS)).toEqual({ committed: 0, completed: 0, issues: [] });
  });

  it('returns the estimate as committed and completed when an issue was in from the start and reached the last column during it', () => {
    const report = sprintReport(sprint, [doneDuring('PAY-1', 5)], COLUMNS);
    expect(report).toEqual({
      committed: 5,
      completed: 5,
      issues: [
        { key: 'PAY-1', outcome: 'completed', inCommitment: true, addedDuringSprint: false, estimateAtStart: 5, estimateAtEnd: 5, notCountedAtStart: null },
      ],
    });
  });

  it('returns completed for a status of the last column whatever its category (Ready for Release)', () => {
    const issue = story('PAY-1', {
      current: { sprintIds: [7], estimate: 3, statusId: 'ready' },
      sprintChanges: [change('2026-01-02T00:00:00Z', '', '7')],
      statusChanges: [change('2026-01-10T00:00:00Z', 'doing', 'ready')],
    });
    expect(sprintReport(sprint, [issue], COLUMNS)).toMatchObject({ committed: 3, completed: 3, issues: [{ outcome: 'completed' }] });
  });

  it("returns notCompleted for a done-category status in a middle column (Won't Do)", () => {
    const issue = story('PAY-1', {
      current: { sprintIds: [7], estimate: 2, statusId: 'wontdo' },
      sprintChanges: [change('2026-01-02T00:00:00Z', '', '7')],
      statusChanges: [change('2026-01-10T00:00:00Z', 'doing', 'wontdo')],
    });
    expect(sprintReport(sprint, [issue], COLUMNS)).toMatchObject({ committed: 2, completed: 0, issues: [{ outcome: 'notCompleted' }] });
  });

  it('returns an issue in a status no column holds at the start out of the commitment, as unmapped', () => {
    const issue = story('PAY-1', {
      current: { sprintIds: [7], estimate: 8, statusId: 'done' },
      sprintChanges: [change('2026-01-02T00:00:00Z', '', '7')],
      statusChanges: [change('2026-01-03T00:00:00Z', 'todo', 'parked'), change('2026-01-10T00:00:00Z', 'parked', 'done')],
    });
    const report = sprintReport(sprint, [issue], COLUMNS);
    expect(report).toMatchObject({ committed: 0, completed: 8, issues: [{ outcome: 'completed', inCommitment: false, notCountedAtStart: 'unmapped' }] });
  });

  it('returns completedOutside, in neither figure, when the issue was done before the sprint started', () => {
    const issue = story('PAY-1', {
      current: { sprintIds: [7], estimate: 5, statusId: 'done' },
      sprintChanges: [change('2026-01-02T00:00:00Z', '', '7')],
      statusChanges: [change('2026-01-04T00:00:00Z', 'todo', 'done')],
    });
    const report = sprintReport(sprint, [issue], COLUMNS);
    expect(report).toMatchObject({ committed: 0, completed: 0, issues: [{ outcome: 'completedOutside', inCommitment: false, notCountedAtStart: 'done' }] });
  });

  it('returns completedOutside when the issue was done before it joined the sprint', () => {
    const issue = story('PAY-1', {
      current: { sprintIds: [7], estimate: 5, statusId: 'done' },
      statusChanges: [change('2026-01-08T00:00:00Z', 'todo', 'done')],
      sprintChanges: [change('2026-01-09T00:00:00Z', '', '7')],
    });
    const report = sprintReport(sprint, [issue], COLUMNS);
    expect(report).toMatchObject({ committed: 0, completed: 0, issues: [{ outcome: 'completedOutside', addedDuringSprint: true, inCommitment: false }] });
  });

  it('returns completed when an issue done before the start was reopened and done again during the sprint', () => {
    const issue = story('PAY-1', {
      current: { sprintIds: [7], estimate: 3, statusId: 'done' },
      sprintChanges: [change('2026-01-02T00:00:00Z', '', '7')],
      statusChanges: [
        change('2026-01-03T00:00:00Z', 'todo', 'done'),
        change('2026-01-06T00:00:00Z', 'done', 'doing'),
        change('2026-01-08T00:00:00Z', 'doing', 'done'),
      ],
    });
    expect(sprintReport(sprint, [issue], COLUMNS)).toMatchObject({ committed: 0, completed: 3, issues: [{ outcome: 'completed', notCountedAtStart: 'done' }] });
  });

  it('returns completed for an issue created in the last column and in the sprint after the start (both at its creation instant)', () => {
    const issue = story('PAY-1', {
      created: t('2026-01-08T00:00:00Z'),
      current: { sprintIds: [7], estimate: 1, statusId: 'done' },
      sprintChanges: [change('2026-01-08T00:00:00Z', '', '7')],
    });
    expect(sprintReport(sprint, [issue], COLUMNS)).toMatchObject({ completed: 1, issues: [{ outcome: 'completed', addedDuringSprint: true }] });
  });

  it('returns an issue created after the start with no Sprint change as in the sprint from its start, as the replay rule reads', () => {
    const issue = story('PAY-1', {
      created: t('2026-01-08T00:00:00Z'),
      current: { sprintIds: [7], estimate: 2, statusId: 'done' },
      statusChanges: [change('2026-01-09T00:00:00Z', 'todo', 'done')],
    });
    expect(sprintReport(sprint, [issue], COLUMNS)).toMatchObject({ committed: 2, completed: 2, issues: [{ outcome: 'completed', addedDuringSprint: false }] });
  });

  it('returns completedOutside for an issue created in the last column before the start and added to the sprint during it', () => {
    const issue = story('PAY-1', { current: { sprintIds: [7], estimate: 1, statusId: 'done' }, sprintChanges: [change('2026-01-08T00:00:00Z', '', '7')] });
    expect(sprintReport(sprint, [issue], COLUMNS)).toMatchObject({ completed: 0, issues: [{ outcome: 'completedOutside', addedDuringSprint: true }] });
  });

  it('returns removed, counted in the commitment only, when the issue left the sprint before its end', () => {
    const issue = story('PAY-1', {
      current: { sprintIds: [], estimate: 8, statusId: 'todo' },
      sprintChanges: [change('2026-01-02T00:00:00Z', '', '7'), change('2026-01-10T00:00:00Z', '7', '')],
    });
    expect(sprintReport(sprint, [issue], COLUMNS)).toMatchObject({ committed: 8, completed: 0, issues: [{ outcome: 'removed', inCommitment: true }] });
  });

  it('returns removed for an issue added and removed again during the sprint', () => {
    const issue = story('PAY-1', {
      sprintChanges: [change('2026-01-08T00:00:00Z', '', '7'), change('2026-01-09T00:00:00Z', '7', '')],
    });
    expect(sprintReport(sprint, [issue], COLUMNS).issues).toMatchObject([{ outcome: 'removed', addedDuringSprint: true, inCommitment: false }]);
  });

  it('returns completedOutside when the issue was done, removed and re-added within minutes during the sprint', () => {
    const issue = story('PAY-1', {
      current: { sprintIds: [7], estimate: 5, statusId: 'done' },
      sprintChanges: [change('2026-01-02T00:00:00Z', '', '7'), change('2026-01-12T10:00:00Z', '7', ''), change('2026-01-12T10:03:00Z', '', '7')],
      statusChanges: [change('2026-01-10T00:00:00Z', 'todo', 'done')],
    });
    expect(sprintReport(sprint, [issue], COLUMNS)).toMatchObject({ committed: 5, completed: 0, issues: [{ outcome: 'completedOutside', addedDuringSprint: false }] });
  });

  it('returns the estimate at the start as committed and the one at the end as completed when it changed mid-sprint', () => {
    const issue = { ...doneDuring('PAY-1', 13), estimateChanges: [estimateChange('2026-01-12T00:00:00Z', '5', '13')] };
    expect(sprintReport(sprint, [issue], COLUMNS)).toMatchObject({ committed: 5, completed: 13, issues: [{ estimateAtStart: 5, estimateAtEnd: 13 }] });
  });

  it('returns 0 points and a null estimate when the estimate is empty', () => {
    expect(sprintReport(sprint, [doneDuring('PAY-1', null)], COLUMNS)).toMatchObject({ committed: 0, completed: 0, issues: [{ estimateAtStart: null }] });
  });

  it('returns the values as they were at the sprint end when the issue changed after it', () => {
    const issue = story('PAY-1', {
      current: { sprintIds: [8], estimate: 3, statusId: 'todo' },
      sprintChanges: [change('2026-01-02T00:00:00Z', '', '7'), change('2026-01-20T00:00:00Z', '7', '8')],
      statusChanges: [change('2026-01-10T00:00:00Z', 'todo', 'done'), change('2026-01-21T00:00:00Z', 'done', 'todo')],
    });
    expect(sprintReport(sprint, [issue], COLUMNS)).toMatchObject({ committed: 3, completed: 3, issues: [{ outcome: 'completed' }] });
  });

  it('returns a change made exactly at the start as made before it', () => {
    const issue = story('PAY-1', { current: { sprintIds: [7], estimate: 3, statusId: 'todo' }, sprintChanges: [change(START, '', '7')] });
    expect(sprintReport(sprint, [issue], COLUMNS)).toMatchObject({ committed: 3, issues: [{ addedDuringSprint: false, outcome: 'notCompleted' }] });
  });

  it('returns nothing for sub-tasks, whose estimates never count', () => {
    const subtask = { ...doneDuring('PAY-2', 4), hierarchyLevel: -1 };
    expect(sprintReport(sprint, [subtask], COLUMNS)).toEqual({ committed: 0, completed: 0, issues: [] });
  });

  it('returns the issues ordered by key in code unit order, as Jira lists them', () => {
    const keys = sprintReport(sprint, [doneDuring('PAY-9001', 1), doneDuring('PAY-14', 1), doneDuring('GRT-2', 1), doneDuring('PAY-110', 1)], COLUMNS).issues;
    expect(keys.map((issue) => issue.key)).toEqual(['GRT-2', 'PAY-110', 'PAY-14', 'PAY-9001']);
  });

  it('returns nothing mapped and nothing done when the board has no columns', () => {
    expect(sprintReport(sprint, [doneDuring('PAY-1', 5)], [])).toMatchObject({ committed: 0, completed: 0, issues: [{ notCountedAtStart: 'unmapped' }] });
  });
});
