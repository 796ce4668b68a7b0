import type { FixtureBoard, FixtureIssue, FixtureSprint, FixtureStatus } from './fixture';
import type { SiteIndex, SiteView } from './siteView';
import { parseInstant } from './time';
import { closeSprint, moveIssuesToSprint, startSprint } from './writes/sprints';
import { editIssue } from './writes/edit';
import { transitionIssue } from './writes/transitions';

/**
 * A day of work on the site, as its teams would do it, through the same write functions the HTTP
 * routes use (so every change has its change history and product event): in the morning, sprints
 * whose end date has passed are closed and the board's next future sprint is started; then on each
 * active sprint a team member moves a few issues along the workflow (some to done), re-estimates one
 * or two, and pulls an issue from the backlog into the sprint. The clock ends exactly one day later.
 * Deterministic for a seed and a site state.
 */
export interface DayChange {
  issueKey?: string;
  sprintId?: number;
  what: string;
}

export interface DaySummary {
  /** The site's clock after the day. */
  now: string;
  changes: DayChange[];
}

export interface SimulateDayOptions {
  seed: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const ESTIMATES = [1, 2, 3, 5, 8, 13];

/** mulberry32: small, fast and the same on every runtime, which is all a simulation needs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Day {
  index: SiteIndex;
  rng: () => number;
  start: number;
  changes: DayChange[];
}

function pick<T>(day: Day, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(day.rng() * items.length)];
}

/** Time passes between two pieces of work: 10 to 40 minutes, never past the end of the day. */
function passTime(day: Day): void {
  const step = (10 + Math.floor(day.rng() * 31)) * 60 * 1000;
  const room = day.start + DAY_MS - 60 * 1000 - day.index.clock.now();
  day.index.clock.advance(Math.max(0, Math.min(step, room)));
}

/** Who does a board's work: a user who may browse and edit its project, else the app. */
function actorFor(day: Day, board: FixtureBoard): SiteView {
  const key = board.location.projectKey;
  const members = day.index.fixture.users
    .filter((u) => u.permissions[key]?.includes('BROWSE_PROJECTS') && u.permissions[key].includes('EDIT_ISSUES'))
    .sort((a, b) => a.accountId.localeCompare(b.accountId));
  const member = pick(day, members);
  return member ? day.index.viewFor(member) : day.index.appView();
}

function boardOf(day: Day, sprint: FixtureSprint): FixtureBoard | undefined {
  return day.index.boardById.get(sprint.originBoardId);
}

/** Morning: sprints past their end date close, and each such board starts its next future sprint. */
function rollSprints(day: Day): void {
  const now = day.index.clock.now();
  const ended = day.index.fixture.sprints
    .filter((s) => s.state === 'active' && s.endDate && (parseInstant(s.endDate) ?? now) < now)
    .sort((a, b) => a.id - b.id);
  for (const sprint of ended) {
    const board = boardOf(day, sprint);
    if (!board) continue;
    const actor = actorFor(day, board);
    const next = day.index.fixture.sprints.filter((s) => s.originBoardId === board.id && s.state === 'future').sort((a, b) => a.id - b.id)[0];
    const carried = next ? openIssues(actor, sprint) : [];
    closeSprint(actor, sprint.id);
    day.changes.push({ sprintId: sprint.id, what: 'sprint closed' });
    if (!next) continue;
    for (const issue of carried) day.changes.push({ issueKey: issue.key, sprintId: next.id, what: `carried over to sprint ${next.name}` });
    startSprint(actor, next.id);
    day.changes.push({ sprintId: next.id, what: 'sprint started' });
  }
}

/** The next status a team would move an issue to: to do → in progress → (sometimes) done. */
function nextStatus(day: Day, status: FixtureStatus, toDone: boolean): FixtureStatus | undefined {
  const statuses = day.index.fixture.statuses;
  const byCategory = (key: string) => statuses.filter((s) => s.statusCategory.key === key);
  const [firstDone] = byCategory('done');
  if (status.statusCategory.key === 'new') return byCategory('indeterminate')[0] ?? firstDone;
  if (status.statusCategory.key !== 'indeterminate') return undefined;
  if (toDone) return firstDone;
  const doing = byCategory('indeterminate');
  return doing[doing.findIndex((s) => s.id === status.id) + 1] ?? firstDone;
}

function openIssues(view: SiteView, sprint: FixtureSprint): FixtureIssue[] {
  return view.issues().filter((i) => view.sprintIdsOf(i).includes(sprint.id) && i.fields.status.statusCategory.key !== 'done');
}

function moveAlong(day: Day, view: SiteView, sprint: FixtureSprint): void {
  const count = 1 + Math.floor(day.rng() * 3);
  for (let n = 0; n < count; n += 1) {
    const issue = pick(day, openIssues(view, sprint));
    if (!issue) return;
    // The first move of the day finishes something when anything is in progress: teams close work daily.
    const toDone = n === 0 ? issue.fields.status.statusCategory.key === 'indeterminate' : day.rng() < 0.4;
    const from = issue.fields.status.name;
    const target = nextStatus(day, issue.fields.status, toDone);
    if (!target || target.id === issue.fields.status.id) continue;
    passTime(day);
    transitionIssue(view, issue.key, target.id);
    day.changes.push({ issueKey: issue.key, what: `status ${from} → ${target.name}` });
  }
}

function reestimate(day: Day, view: SiteView, sprint: FixtureSprint, fieldId: string): void {
  const count = 1 + Math.floor(day.rng() * 2);
  for (let n = 0; n < count; n += 1) {
    const issue = pick(
      day,
      openIssues(view, sprint).filter((i) => !i.fields.issuetype.subtask),
    );
    if (!issue) return;
    const old = issue.fields[fieldId];
    const value =
      pick(
        day,
        ESTIMATES.filter((e) => e !== old),
      ) ?? 1;
    passTime(day);
    editIssue(view, issue.key, { [fieldId]: value });
    day.changes.push({ issueKey: issue.key, what: `estimate ${typeof old === 'number' ? old : 'none'} → ${value}` });
  }
}

/** Pulls one unfinished standard issue of the board's project that sits in no open sprint. */
function pullIn(day: Day, view: SiteView, board: FixtureBoard, sprint: FixtureSprint): void {
  const backlog = view.issues().filter((i) => {
    const open = view.sprintIdsOf(i).some((id) => ['active', 'future'].includes(day.index.sprintById.get(id)?.state ?? ''));
    return (
      i.fields.project.id === board.location.projectId && !open && i.fields.issuetype.hierarchyLevel === 0 && i.fields.status.statusCategory.key !== 'done'
    );
  });
  const issue = pick(day, backlog);
  if (!issue) return;
  passTime(day);
  moveIssuesToSprint(view, sprint.id, [issue.key]);
  day.changes.push({ issueKey: issue.key, sprintId: sprint.id, what: `moved into sprint ${sprint.name}` });
}

function workOn(day: Day, sprint: FixtureSprint): void {
  const board = boardOf(day, sprint);
  if (!board) return;
  const view = actorFor(day, board);
  moveAlong(day, view, sprint);
  const fieldId = board.estimation.field?.fieldId;
  if (fieldId !== undefined) reestimate(day, view, sprint, fieldId);
  pullIn(day, view, board, sprint);
}

/** Runs one day on the site (a running `JiraSite` or its index); returns what changed. */
export function simulateDay(site: { index: SiteIndex }, options: SimulateDayOptions): DaySummary {
  const { index } = site;
  const day: Day = { index, rng: random(options.seed), start: index.clock.now(), changes: [] };
  index.clock.advance(60 * 60 * 1000);
  rollSprints(day);
  const active = index.fixture.sprints.filter((s) => s.state === 'active').sort((a, b) => a.id - b.id);
  for (const sprint of active) workOn(day, sprint);
  index.clock.advance(day.start + DAY_MS - index.clock.now());
  return { now: index.clock.instant(), changes: day.changes };
}
