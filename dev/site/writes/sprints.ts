import type { FixtureIssue, FixtureSprint } from '../fixture';
import { sprintEvent, SPRINT_CLOSED, SPRINT_STARTED } from '../events';
import { HttpError } from '../http';
import type { SiteView } from '../siteView';
import { formatInstant, parseInstant } from '../time';
import { ISSUE_NOT_FOUND, canEdit } from './record';
import { isOpen, refreshSprintRefs, setSprints } from './sprintField';

/**
 * Sprint writes as a team makes them on a board: moving issues into a sprint or back to the backlog,
 * starting a future sprint and closing an active one. They need Edit Issues on the board's project
 * (and on each moved issue's), else 403; a sprint the caller cannot see answers 404.
 */
export const SPRINT_NOT_FOUND = 'Sprint does not exist or you do not have permission to see it.';
export const MOVE_MAX = 50;
const TWO_WEEKS_MS = 14 * 24 * 60 * 60 * 1000;

export function editableSprint(view: SiteView, sprintId: number): FixtureSprint {
  const sprint = view.sprint(sprintId);
  const board = sprint && view.board(sprint.originBoardId);
  const project = board && view.project(board.location.projectId);
  if (!sprint || !project) throw new HttpError(404, SPRINT_NOT_FOUND);
  if (!view.hasPermission(project, 'EDIT_ISSUES')) throw new HttpError(403, 'You do not have permission to edit the sprints of this board.');
  return sprint;
}

function movableIssues(view: SiteView, keys: readonly string[]): FixtureIssue[] {
  if (keys.length > MOVE_MAX) throw new HttpError(400, `At most ${MOVE_MAX} issues can be moved at once; got ${keys.length}.`);
  return keys.map((key) => {
    const issue = view.issue(key);
    if (!issue) throw new HttpError(400, `${ISSUE_NOT_FOUND} (${key})`);
    if (!canEdit(view, issue)) throw new HttpError(403, `You do not have permission to edit issue ${issue.key}.`);
    return issue;
  });
}

/** Into an open sprint: the issue leaves any other open sprint and keeps its closed ones. */
export function moveIssuesToSprint(view: SiteView, sprintId: number, issueKeys: readonly string[]): void {
  const sprint = editableSprint(view, sprintId);
  if (sprint.state === 'closed') throw new HttpError(400, 'Issues cannot be moved to a closed sprint.');
  for (const issue of movableIssues(view, issueKeys)) {
    const kept = view.sprintIdsOf(issue).filter((id) => id !== sprint.id && !isOpen(view, id));
    setSprints(view, issue, [...kept, sprint.id]);
  }
}

/** To the backlog: out of every open sprint; closed ones stay in the Sprint field. */
export function moveIssuesToBacklog(view: SiteView, issueKeys: readonly string[]): void {
  for (const issue of movableIssues(view, issueKeys)) {
    setSprints(
      view,
      issue,
      view.sprintIdsOf(issue).filter((id) => !isOpen(view, id)),
    );
  }
}

function instantOr(text: string | undefined, fallback: number, name: string): string {
  if (text === undefined) return formatInstant(fallback);
  const ms = parseInstant(text);
  if (ms === null) throw new HttpError(400, '', { [name]: `'${text}' is not a valid date; expected ISO 8601 like 2026-01-31T09:00:00.000Z.` });
  return formatInstant(ms);
}

export function startSprint(view: SiteView, sprintId: number, dates: { startDate?: string; endDate?: string } = {}): FixtureSprint {
  const sprint = editableSprint(view, sprintId);
  if (sprint.state !== 'future') throw new HttpError(400, `Sprint ${sprint.id} is ${sprint.state}; only a future sprint can be started.`);
  const now = view.index.clock.now();
  sprint.startDate = instantOr(dates.startDate, now, 'startDate');
  const start = parseInstant(sprint.startDate) ?? now;
  sprint.endDate = instantOr(dates.endDate ?? sprint.endDate ?? undefined, start + TWO_WEEKS_MS, 'endDate');
  sprint.state = 'active';
  refreshSprintRefs(view, sprint);
  view.index.events.deliver(sprintEvent(SPRINT_STARTED, sprint, view.user.accountId, view.index.baseUrl || undefined));
  return sprint;
}

/** The board's next future sprint, where a closed sprint's incomplete issues go. */
function nextFutureSprint(view: SiteView, sprint: FixtureSprint): FixtureSprint | undefined {
  return view.fixture.sprints.filter((s) => s.originBoardId === sprint.originBoardId && s.state === 'future').sort((a, b) => a.id - b.id)[0];
}

/**
 * Closes an active sprint. Its incomplete issues (not in the done category) move to the board's next
 * future sprint, if any, keeping the closed sprint in their Sprint field as Jira does; otherwise they
 * are left in the backlog with the closed sprint alone.
 */
export function closeSprint(view: SiteView, sprintId: number, dates: { completeDate?: string } = {}): FixtureSprint {
  const sprint = editableSprint(view, sprintId);
  if (sprint.state !== 'active') throw new HttpError(400, `Sprint ${sprint.id} is ${sprint.state}; only an active sprint can be closed.`);
  const completeDate = instantOr(dates.completeDate, view.index.clock.now(), 'completeDate');
  const incomplete = view.fixture.issues.filter((i) => view.sprintIdsOf(i).includes(sprint.id) && i.fields.status.statusCategory.key !== 'done');
  sprint.state = 'closed';
  sprint.completeDate = completeDate;
  refreshSprintRefs(view, sprint);
  const next = nextFutureSprint(view, sprint);
  if (next) for (const issue of incomplete) setSprints(view, issue, [...view.sprintIdsOf(issue).filter((id) => id !== next.id), next.id]);
  view.index.events.deliver(sprintEvent(SPRINT_CLOSED, sprint, view.user.accountId, view.index.baseUrl || undefined));
  return sprint;
}
