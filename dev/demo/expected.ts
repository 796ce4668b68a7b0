/**
 * The expected figures (../../../shared/docs/METRICS.md, per project, viewed by the site admin,
 * 12-month window), computed from the simulation's own state: final fields for workload, and the
 * committed/completed captured at each sprint's start and completion for velocity. Nothing here
 * reads the changelog, so it is an independent oracle for the app's changelog replay.
 */
import type { ExpectedBoard, ExpectedFigures, ExpectedProject, WorkBucket, WorkloadJson, WorkType } from './fixture-types';
import type { SimProject } from './issues';
import { isStandard, sumVisible, type SimIssue, type SprintFigures } from './model';
import type { SimSite } from './simulate';
import { monthKey, monthWindow } from './time';

const LABEL_TYPES: Readonly<Record<string, WorkType>> = {
  feature: 'feature', defect: 'defect', risk: 'risk', debt: 'debt', 'tech-debt': 'debt',
};

/** Rule 2: the first label, in order, that names a work type (case-insensitive). */
function labelType(labels: readonly string[]): WorkType | null {
  for (const label of labels) {
    const type = LABEL_TYPES[label.toLowerCase()];
    if (type !== undefined) return type;
  }
  return null;
}

function epicOf(issue: SimIssue): SimIssue | null {
  const epic = issue.kind === 'subtask' ? issue.parent?.parent : issue.parent;
  return epic?.kind === 'epic' ? epic : null;
}

/** The issue's work type: own property, else its epic's tag, else own labels, else Bug → defect. */
export function workTypeOf(issue: SimIssue): WorkBucket {
  if (issue.property !== null) return issue.property;
  if (issue.kind === 'epic') return labelType(issue.labels) ?? 'untagged';
  const epic = epicOf(issue);
  const epicType = epic === null ? null : (epic.property ?? labelType(epic.labels));
  if (epicType !== null) return epicType;
  return labelType(issue.labels) ?? (issue.kind === 'bug' ? 'defect' : 'untagged');
}

function emptyWorkload(): WorkloadJson {
  const zero = () => ({ count: 0, points: 0 });
  return { feature: zero(), defect: zero(), risk: zero(), debt: zero(), untagged: zero() };
}

function add(workload: WorkloadJson, issue: SimIssue): void {
  const bucket = workload[workTypeOf(issue)];
  bucket.count += 1;
  bucket.points += issue.estimate ?? 0;
}

function boardFigures(id: number, name: string, figures: readonly SprintFigures[]): ExpectedBoard {
  const byCompletion = [...figures].sort((a, b) => (a.sprint.complete ?? 0) - (b.sprint.complete ?? 0)).slice(-3);
  const velocity = byCompletion.length === 0 ? null
    : byCompletion.reduce((sum, f) => sum + sumVisible(f.completed, () => true), 0) / byCompletion.length;
  const all = () => true;
  const sprints = figures.map((f) => ({ id: f.sprint.id, name: f.sprint.name,
    committed: sumVisible(f.committed, all), completed: sumVisible(f.completed, all) }));
  return { id, name, sprints, velocity };
}

function projectFigures(site: SimSite, project: SimProject, months: readonly string[]): ExpectedProject {
  const { timeZone } = site.options;
  const byMonth = new Map(months.map((m) => [m, emptyWorkload()]));
  const inFlight = emptyWorkload();
  for (const issue of project.issues.filter(isStandard)) {
    if (issue.resolvedAt === null) add(inFlight, issue);
    else {
      const workload = byMonth.get(monthKey(issue.resolvedAt, timeZone));
      if (workload !== undefined) add(workload, issue);
    }
  }
  const boards = site.boards.filter((b) => b.projectIndex === project.index && b.type === 'scrum').sort((a, b) => a.id - b.id)
    .map((b) => boardFigures(b.id, b.name, site.figures.get(b.id) ?? []));
  return {
    project: project.product.key,
    workload: { months: months.map((month) => ({ month, ...(byMonth.get(month) ?? emptyWorkload()) })) },
    velocity: { boards },
    inFlight,
  };
}

/** Expected figures for every project, as the site admin (who may browse them all) sees them. */
export function expectedFigures(site: SimSite, windowMonths = 12): ExpectedFigures {
  const viewer = site.users.find((u) => u.siteAdmin === true);
  if (viewer === undefined) throw new Error('expected figures: the site has no site admin to view them');
  const months = monthWindow(site.options.now, site.options.timeZone, windowMonths);
  const projects = Object.fromEntries(site.projects.map((p) => [p.product.key, projectFigures(site, p, months)]));
  return { viewer: viewer.accountId, months: windowMonths, projects };
}
