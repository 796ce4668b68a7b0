/**
 * Creating issues: their kind, summary, estimate at creation and work type tags (entity property,
 * labels in mixed case, near-miss labels, property beating label), and the epic they belong to.
 */
import type { IssueKind } from './catalogue';
import type { WorkType } from './fixture-types';
import { boardColumns, CATEGORY_COLUMNS, doneColumnOf } from './columns';
import type { SimBoard, SimIssue } from './model';
import { NOISE_LABELS, summaryFor, TYPE_LABELS, type Product } from './names';
import type { Rng } from './rng';
import { DAY } from './time';

export interface SimProject {
  readonly index: number;
  readonly id: string;
  readonly product: Product;
  readonly epics: SimIssue[];
  readonly issues: SimIssue[];
}

export interface IssueCounter {
  next: number;
}

const CATEGORY_DONE = doneColumnOf(CATEGORY_COLUMNS);

const WORK_TYPES: readonly WorkType[] = ['feature', 'defect', 'risk', 'debt'];

interface Tags {
  labels: string[];
  property: WorkType | null;
}

function otherType(rng: Rng, type: WorkType | null): WorkType {
  return rng.pick(WORK_TYPES.filter((t) => t !== type));
}

function labelFor(rng: Rng, type: WorkType): string {
  return rng.pick(TYPE_LABELS[type]);
}

/** Labels that tag `type`, sometimes behind a noise label or ahead of a second type label. */
function typeLabels(rng: Rng, type: WorkType): string[] {
  return rng.weighted<string[]>([
    [[labelFor(rng, type)], 4],
    [[rng.pick(NOISE_LABELS), labelFor(rng, type)], 3],
    [[labelFor(rng, type), labelFor(rng, otherType(rng, type))], 1],
  ]);
}

function epicTags(rng: Rng): Tags {
  const type = rng.pick(WORK_TYPES);
  return rng.weighted<Tags>([
    [{ property: type, labels: [] }, 35],
    [{ property: type, labels: [labelFor(rng, otherType(rng, type)), 'planning'] }, 15],
    [{ property: null, labels: typeLabels(rng, type) }, 28],
    [{ property: null, labels: rng.chance(0.5) ? [rng.pick(NOISE_LABELS)] : [] }, 22],
  ]);
}

function standardTags(rng: Rng, kind: IssueKind): Tags {
  const own = rng.pick(WORK_TYPES);
  const labelRate = kind === 'bug' ? 0.05 : 0.16;
  return rng.weighted<Tags>([
    [{ property: own, labels: [] }, 3],
    [{ property: own, labels: [labelFor(rng, otherType(rng, own))] }, 3],
    [{ property: null, labels: typeLabels(rng, own) }, labelRate * 100 * 0.7],
    [{ property: null, labels: [rng.pick(NOISE_LABELS)] }, labelRate * 100 * 0.3],
    [{ property: null, labels: [] }, 100 - labelRate * 100 - 6],
  ]);
}

const STORY_POINTS: ReadonlyArray<readonly [number | null, number]> = [
  [null, 7],
  [0.5, 3],
  [1, 12],
  [2, 20],
  [3, 24],
  [5, 18],
  [8, 11],
  [13, 5],
];
const BUG_POINTS: ReadonlyArray<readonly [number | null, number]> = [
  [null, 15],
  [1, 30],
  [2, 30],
  [3, 17],
  [5, 8],
];

/** An estimate as a team would first give it (null: not estimated yet). */
export function initialEstimate(rng: Rng, kind: IssueKind): number | null {
  return rng.weighted(kind === 'bug' ? BUG_POINTS : STORY_POINTS);
}

/** A new estimate different from `current`, as after refinement. */
export function revisedEstimate(rng: Rng, current: number | null): number {
  const options = [1, 2, 3, 5, 8, 13].filter((v) => v !== current);
  return rng.pick(options);
}

function baseIssue(counter: IssueCounter, project: SimProject, kind: IssueKind, created: number): SimIssue {
  counter.next += 1;
  return {
    uid: counter.next,
    projectIndex: project.index,
    kind,
    created,
    summary: '',
    labels: [],
    property: null,
    parent: null,
    boardId: null,
    legacyPoints: null,
    doneColumn: CATEGORY_DONE,
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
  };
}

export function createEpic(rng: Rng, counter: IssueCounter, project: SimProject, created: number): SimIssue {
  const tags = epicTags(rng);
  const epic: SimIssue = {
    ...baseIssue(counter, project, 'epic', created),
    ...tags,
    summary: summaryFor(rng, 'epic', project.product),
    estimate: rng.chance(0.2) ? rng.pick([13, 20, 40]) : null,
  };
  project.epics.push(epic);
  project.issues.push(epic);
  return epic;
}

function epicFor(rng: Rng, project: SimProject, created: number): SimIssue | null {
  const open = project.epics.filter((e) => e.created <= created - DAY && e.created >= created - 270 * DAY);
  return open.length > 0 && rng.chance(0.75) ? rng.pick(open) : null;
}

/** A story, task or bug of `project` worked on by `board` (whose filter matches the project), created at `created`. */
export function createStandard(rng: Rng, counter: IssueCounter, project: SimProject, board: SimBoard, created: number): SimIssue {
  const kind = rng.weighted<IssueKind>([
    ['story', 55],
    ['task', 20],
    ['bug', 25],
  ]);
  const issue: SimIssue = {
    ...baseIssue(counter, project, kind, created),
    ...standardTags(rng, kind),
    boardId: board.id,
    doneColumn: doneColumnOf(boardColumns(board.columnConfig)),
    summary: summaryFor(rng, kind, project.product),
    parent: epicFor(rng, project, created),
    estimate: initialEstimate(rng, kind),
    legacyPoints: rng.chance(0.15) ? rng.pick([1, 2, 3, 5, 8, 20]) : null,
  };
  project.issues.push(issue);
  return issue;
}

/** A sub-task of `parent` with its own estimate (which no figure may count). */
export function createSubtask(rng: Rng, counter: IssueCounter, project: SimProject, parent: SimIssue, created: number): SimIssue {
  const issue: SimIssue = {
    ...baseIssue(counter, project, 'subtask', created),
    parent,
    boardId: parent.boardId,
    doneColumn: parent.doneColumn,
    summary: summaryFor(rng, 'subtask', project.product),
    estimate: rng.chance(0.75) ? rng.pick([1, 2, 3]) : null,
    labels: rng.chance(0.1) ? [labelFor(rng, rng.pick(WORK_TYPES))] : [],
  };
  project.issues.push(issue);
  return issue;
}
