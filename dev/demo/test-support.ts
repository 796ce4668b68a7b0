/**
 * Helpers for the generator's tests: the default demo site (generated once per test file), a
 * hand-made issue, and readings of the fixture's changelogs (sprint-replay.ts replays a whole sprint report from them).
 */
import { SPRINT_FIELD, STORY_POINTS_FIELD } from './catalogue';
import { CATEGORY_COLUMNS, doneColumnOf } from './columns';
import type { BoardJson, ChangeItemJson, IssueJson, SiteFixtureJson, SprintRefJson } from './fixture-types';
import { DEFAULT_NOW, DEFAULT_TIME_ZONE, generateSite, type GeneratedSite } from './generate-site';
import type { SimIssue } from './model';
import { parseInstant } from './time';

let cached: GeneratedSite | undefined;

/** The site generated with seed 1 and the default options. */
export function defaultSite(): GeneratedSite {
  cached ??= generateSite({ seed: 1, now: DEFAULT_NOW, timeZone: DEFAULT_TIME_ZONE });
  return cached;
}

export function instant(text: string): number {
  const ms = parseInstant(text);
  if (ms === null) throw new Error(`test: not an instant: ${text}`);
  return ms;
}

export function sprintList(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function currentSprints(issue: IssueJson): string {
  const refs = issue.fields[SPRINT_FIELD];
  return Array.isArray(refs) ? refs.map((r: SprintRefJson) => String(r.id)).join(', ') : '';
}

export function currentEstimate(issue: IssueJson): string | null {
  const value = issue.fields[STORY_POINTS_FIELD];
  return typeof value === 'number' ? String(value) : null;
}

/** Items changing `fieldId`, oldest first, with the instant of their history. */
export function itemsOf(issue: IssueJson, fieldId: string): Array<{ at: number; item: ChangeItemJson }> {
  return issue.changelog.flatMap((h) => h.items.filter((i) => i.fieldId === fieldId).map((item) => ({ at: instant(h.created), item })));
}

/** METRICS.md: the value at t is the `from` side of the earliest change after t, else the current value. */
export function valueAt(issue: IssueJson, fieldId: string, at: number, current: string | null, side: (item: ChangeItemJson) => string | null): string | null {
  const later = itemsOf(issue, fieldId).find((c) => c.at > at);
  return later === undefined ? current : side(later.item);
}

export function sprintsAt(issue: IssueJson, at: number): string[] {
  return sprintList(valueAt(issue, SPRINT_FIELD, at, currentSprints(issue), (i) => i.from));
}

/** The project keys a board's filter matches: `project in (A, B)` or `project = A`, else its location's. */
export function filterProjects(board: BoardJson): string[] {
  const jql = board.filter?.jql;
  if (jql === undefined) return [board.location.projectKey];
  const match = /^project (?:= (\w+)|in \(([\w, ]+)\))/.exec(jql);
  if (match === null) throw new Error(`test: cannot read the filter of board ${board.id}: ${jql}`);
  return (match[1] ?? match[2] ?? '').split(',').map((k) => k.trim());
}

export function standardIssues(fixture: SiteFixtureJson): IssueJson[] {
  return fixture.issues.filter((i) => i.fields.issuetype.hierarchyLevel === 0);
}

/** A standard issue of project 0 created in To Do at `created`, with nothing else yet unless `fields` says so. */
export function simIssue(uid: number, created: string, fields: Partial<SimIssue> = {}): SimIssue {
  return {
    uid,
    projectIndex: 0,
    kind: 'story',
    created: instant(created),
    summary: '',
    labels: [],
    property: null,
    parent: null,
    boardId: null,
    legacyPoints: null,
    doneColumn: doneColumnOf(CATEGORY_COLUMNS),
    status: 'todo',
    startedAt: null,
    doneSince: null,
    enteredSprint: new Map(),
    estimate: null,
    sprints: [],
    resolvedAt: null,
    fixVersionId: null,
    security: null,
    events: [],
    ...fields,
  };
}
