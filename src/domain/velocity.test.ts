import { timeline } from '../../test/builders';
import type { StatusCategoryKey } from './issue';
import { issuesBySprint, rollingVelocity, sayDoRatio, sprintCommitment } from './velocity';

const START = '2026-01-05T09:00:00.000Z';
const COMPLETE = '2026-01-19T09:00:00.000Z';
const sprint = { id: 7, name: 'Sprint 7', startDate: START, completeDate: COMPLETE };
const t = (iso: string) => Date.parse(iso);
const categories: Record<string, StatusCategoryKey> = { todo: 'new', doing: 'indeterminate', done: 'done', wontdo: 'done' };
const categoryOf = (id: string) => categories[id];

describe('sprintCommitment', () => {
  it('returns zeros for an empty sprint', () => {
    expect(sprintCommitment(sprint, [], categoryOf)).toEqual({ committed: 0, completed: 0 });
  });

  it('returns the estimate as committed and completed when an issue was in from start and done at the end', () => {
    const issue = timeline({ current: { sprintIds: [7], estimate: 5, statusId: 'done' } });
    expect(sprintCommitment(sprint, [issue], categoryOf)).toEqual({ committed: 5, completed: 5 });
  });

  it('leaves an issue added after the start out of committed but counts it completed', () => {
    const issue = timeline({
      current: { sprintIds: [7], estimate: 3, statusId: 'done' },
      sprintChanges: [{ at: t('2026-01-08T00:00:00Z'), from: '', fromString: '' }],
    });
    expect(sprintCommitment(sprint, [issue], categoryOf)).toEqual({ committed: 0, completed: 3 });
  });

  it('keeps an issue removed from the sprint in committed but not in completed', () => {
    const issue = timeline({
      current: { sprintIds: [], estimate: 8, statusId: 'done' },
      sprintChanges: [{ at: t('2026-01-10T00:00:00Z'), from: '7', fromString: 'Sprint 7' }],
    });
    expect(sprintCommitment(sprint, [issue], categoryOf)).toEqual({ committed: 8, completed: 0 });
  });

  it('commits the estimate at start and completes the estimate at the end when it changed mid-sprint', () => {
    const issue = timeline({
      current: { sprintIds: [7], estimate: 13, statusId: 'done' },
      estimateChanges: [{ at: t('2026-01-10T00:00:00Z'), from: null, fromString: '5' }],
    });
    expect(sprintCommitment(sprint, [issue], categoryOf)).toEqual({ committed: 5, completed: 13 });
  });

  it('completes 0 points when the estimate was removed mid-sprint', () => {
    const issue = timeline({
      current: { sprintIds: [7], estimate: null, statusId: 'done' },
      estimateChanges: [{ at: t('2026-01-10T00:00:00Z'), from: null, fromString: '5' }],
    });
    expect(sprintCommitment(sprint, [issue], categoryOf)).toEqual({ committed: 5, completed: 0 });
  });

  it('does not complete a reopened issue that was not done when the sprint completed', () => {
    const issue = timeline({
      current: { sprintIds: [7], estimate: 2, statusId: 'done' },
      statusChanges: [
        { at: t('2026-01-09T00:00:00Z'), from: 'doing', fromString: 'In Progress' },
        { at: t('2026-01-12T00:00:00Z'), from: 'done', fromString: 'Done' },
        { at: t('2026-01-25T00:00:00Z'), from: 'doing', fromString: 'In Progress' },
      ],
    });
    expect(sprintCommitment(sprint, [issue], categoryOf)).toEqual({ committed: 2, completed: 0 });
  });

  it('completes an issue once however often it was reopened within the sprint', () => {
    const issue = timeline({
      current: { sprintIds: [7], estimate: 2, statusId: 'done' },
      statusChanges: [
        { at: t('2026-01-09T00:00:00Z'), from: 'todo', fromString: 'To Do' },
        { at: t('2026-01-10T00:00:00Z'), from: 'done', fromString: 'Done' },
        { at: t('2026-01-11T00:00:00Z'), from: 'doing', fromString: 'In Progress' },
      ],
    });
    expect(sprintCommitment(sprint, [issue], categoryOf)).toEqual({ committed: 2, completed: 2 });
  });

  it("counts Won't Do as completed because its category is done", () => {
    const issue = timeline({ current: { sprintIds: [7], estimate: 1, statusId: 'wontdo' } });
    expect(sprintCommitment(sprint, [issue], categoryOf).completed).toBe(1);
  });

  it('ignores sub-task estimates', () => {
    const subtask = timeline({ hierarchyLevel: -1, current: { sprintIds: [7], estimate: 4, statusId: 'done' } });
    expect(sprintCommitment(sprint, [subtask], categoryOf)).toEqual({ committed: 0, completed: 0 });
  });

  it('counts a change made exactly at the start as made before the sprint began', () => {
    const issue = timeline({
      current: { sprintIds: [7], estimate: 3, statusId: 'todo' },
      sprintChanges: [{ at: t(START), from: '', fromString: '' }],
    });
    expect(sprintCommitment(sprint, [issue], categoryOf).committed).toBe(3);
  });

  it('counts a carried-over issue in the sprint it was in at start', () => {
    const issue = timeline({
      current: { sprintIds: [6, 7, 8], estimate: 5, statusId: 'doing' },
      sprintChanges: [{ at: t('2026-01-20T00:00:00Z'), from: '6, 7', fromString: 'Sprint 6, Sprint 7' }],
    });
    expect(sprintCommitment(sprint, [issue], categoryOf)).toEqual({ committed: 5, completed: 0 });
  });

  it('treats a status id missing from the status list as not done', () => {
    const issue = timeline({ current: { sprintIds: [7], estimate: 5, statusId: 'mystery' } });
    expect(sprintCommitment(sprint, [issue], categoryOf).completed).toBe(0);
  });
});

describe('issuesBySprint', () => {
  it('returns each issue under every sprint it is in now or was ever in', () => {
    const issue = timeline({
      current: { sprintIds: [8], estimate: 1, statusId: 'todo' },
      sprintChanges: [{ at: 1, from: '6, 7', fromString: '' }],
    });
    const index = issuesBySprint([issue]);
    expect([...index.keys()].sort()).toEqual([6, 7, 8]);
    expect(index.get(7)).toEqual([issue]);
  });

  it('returns an empty map when there are no issues', () => {
    expect(issuesBySprint([]).size).toBe(0);
  });
});

describe('sayDoRatio', () => {
  it('returns completed over committed', () => {
    expect(sayDoRatio({ committed: 20, completed: 15 })).toBe(0.75);
  });

  it('returns null when nothing was committed', () => {
    expect(sayDoRatio({ committed: 0, completed: 4 })).toBeNull();
  });
});

describe('rollingVelocity', () => {
  it('returns the mean completed of the last three sprints by completeDate, whatever the input order', () => {
    const sprints = [
      { completeDate: '2026-03-01T00:00:00Z', completed: 30 },
      { completeDate: '2026-01-01T00:00:00Z', completed: 100 },
      { completeDate: '2026-02-01T00:00:00Z', completed: 20 },
      { completeDate: '2026-04-01T00:00:00Z', completed: 10 },
    ];
    expect(rollingVelocity(sprints)).toBe(20);
  });

  it('returns the mean of what there is when fewer than three sprints closed', () => {
    expect(rollingVelocity([{ completeDate: '2026-01-01T00:00:00Z', completed: 9 }])).toBe(9);
  });

  it('returns null when the board has no closed sprint', () => {
    expect(rollingVelocity([])).toBeNull();
  });
});
