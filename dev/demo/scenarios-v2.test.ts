import { SPRINT_FIELD } from './catalogue';
import type { BoardJson, IssueJson, SprintJson } from './fixture-types';
import { defaultSite, filterProjects, instant, itemsOf, sprintList, sprintsAt, standardIssues, valueAt } from './test-support';
import { MINUTE } from './time';

const { fixture, expected } = defaultSite();
const standard = standardIssues(fixture);
const boardById = new Map(fixture.boards.map((b) => [b.id, b]));
const category = (id: string) => fixture.statuses.find((s) => s.id === id)?.statusCategory.key;

/** The status ids of the board's right-most column (its Done column when it has no columns of its own). */
function doneIds(board: BoardJson | undefined): string[] {
  const columns = board?.columnConfig?.columns;
  if (columns === undefined) return fixture.statuses.filter((s) => s.statusCategory.key === 'done').map((s) => s.id);
  return columns[columns.length - 1]?.statuses.map((s) => s.id) ?? [];
}

const doneAt = (issue: IssueJson, sprint: SprintJson, at: number) =>
  doneIds(boardById.get(sprint.originBoardId)).includes(valueAt(issue, 'status', at, issue.fields.status.id, (i) => i.from) ?? '');

const closedById = new Map(fixture.sprints.filter((s) => s.state === 'closed').map((s) => [String(s.id), s]));

/** The closed sprints the issue's changelog names. */
function closedSprintsOf(issue: IssueJson): SprintJson[] {
  const ids = new Set(itemsOf(issue, SPRINT_FIELD).flatMap(({ item }) => [...sprintList(item.from), ...sprintList(item.to)]));
  return [...ids].flatMap((id) => closedById.get(id) ?? []);
}

/** Standard issues for which `test` holds in some closed sprint they were ever in. */
function count(test: (issue: IssueJson, sprint: SprintJson) => boolean): number {
  return standard.filter((issue) => closedSprintsOf(issue).some((sprint) => test(issue, sprint))).length;
}

describe('the default demo site, for the velocity rules of Jira Cloud', () => {
  it("returns boards whose right-most column holds an In Progress status and a middle column Won't Do, and boards without columns", () => {
    const configured = fixture.boards.filter((b) => b.columnConfig !== undefined);
    const columns = configured.map((b) => b.columnConfig?.columns.map((c) => c.statuses.map((s) => category(s.id)).join('+')).join(' | '));
    expect(new Set(columns)).toEqual(new Set(['new | indeterminate+indeterminate | done | done+indeterminate']));
    expect(fixture.boards.some((b) => b.type === 'scrum' && b.columnConfig === undefined)).toBe(true);
  });

  it('returns issues of boards with their own columns that pass through a status no column holds', () => {
    const unmapped = (board: BoardJson, id: string | null) => board.columnConfig?.columns.every((c) => c.statuses.every((s) => s.id !== id)) === true;
    const parked = count((issue, sprint) => {
      const board = boardById.get(sprint.originBoardId);
      return (
        board !== undefined &&
        sprintsAt(issue, instant(sprint.startDate ?? '')).includes(String(sprint.id)) &&
        unmapped(
          board,
          valueAt(issue, 'status', instant(sprint.startDate ?? ''), issue.fields.status.id, (i) => i.from),
        )
      );
    });
    expect(parked).toBeGreaterThan(3);
    expect(standard.filter((i) => itemsOf(i, 'status').some((c) => c.item.toString === 'Parked')).length).toBeGreaterThan(10);
  });

  it("returns a board whose filter spans two projects, with the other project's issues in its sprints", () => {
    const spanning = fixture.boards.filter((b) => filterProjects(b).length === 2);
    const other = (issue: IssueJson) => {
      const refs = issue.fields[SPRINT_FIELD];
      return (Array.isArray(refs) ? refs : []).some((r) => boardById.get(r.boardId)?.location.projectKey !== issue.fields.project.key);
    };
    expect(spanning.map((b) => b.filter?.jql)).toEqual(['project in (PAY, IDN) ORDER BY Rank ASC']);
    expect(standard.filter(other).length).toBeGreaterThan(10);
  });

  it('returns issues in a sprint at its start that were already in its done column then', () => {
    const start = (s: SprintJson) => instant(s.startDate ?? '');
    expect(count((issue, sprint) => sprintsAt(issue, start(sprint)).includes(String(sprint.id)) && doneAt(issue, sprint, start(sprint)))).toBeGreaterThan(5);
  });

  it('returns issues that joined a running sprint already in its done column', () => {
    const joinedDone = (issue: IssueJson, sprint: SprintJson) =>
      itemsOf(issue, SPRINT_FIELD).some(
        ({ at, item }) =>
          at > instant(sprint.startDate ?? '') &&
          at <= instant(sprint.completeDate ?? '') &&
          !sprintList(item.from).includes(String(sprint.id)) &&
          sprintList(item.to).includes(String(sprint.id)) &&
          doneAt(issue, sprint, at),
      );
    expect(count(joinedDone)).toBeGreaterThan(5);
  });

  it('returns issues removed from a running sprint and put back within ten minutes', () => {
    const bounced = (issue: IssueJson, sprint: SprintJson) => {
      const id = String(sprint.id);
      const changes = itemsOf(issue, SPRINT_FIELD);
      return changes.some(({ at, item }, n) => {
        const back = changes[n + 1];
        const out = sprintList(item.from).includes(id) && !sprintList(item.to).includes(id);
        return out && at > instant(sprint.startDate ?? '') && back !== undefined && back.at - at <= 10 * MINUTE && sprintList(back.item.to).includes(id);
      });
    };
    expect(count(bounced)).toBeGreaterThan(5);
  });

  it('returns every sprint report outcome in the expected figures, and issues not committed for being done or unmapped at the start', () => {
    const issues = Object.values(expected.projects).flatMap((p) => p.velocity.boards.flatMap((b) => b.sprints.flatMap((s) => s.issues)));
    const tally = (test: (i: (typeof issues)[number]) => boolean) => issues.filter(test).length;
    expect(tally((i) => i.outcome === 'completedOutside' && i.notCountedAtStart === 'done')).toBeGreaterThan(5);
    expect(tally((i) => i.outcome === 'completedOutside' && i.addedDuringSprint)).toBeGreaterThan(5);
    expect(tally((i) => i.outcome === 'completedOutside' && i.inCommitment)).toBeGreaterThan(2);
    expect(tally((i) => i.notCountedAtStart === 'unmapped')).toBeGreaterThan(3);
    expect(tally((i) => i.outcome === 'removed') * tally((i) => i.outcome === 'notCompleted') * tally((i) => i.outcome === 'completed')).toBeGreaterThan(0);
  });
});
