/**
 * The expected figures (../../../shared/docs/METRICS.md, per project, 12-month window), computed
 * from the simulation's own state: final fields for workload, and the committed/completed captured
 * issue by issue at each sprint's start and completion for velocity. Nothing here reads the
 * changelog, so it is an independent oracle for the app's changelog replay.
 *
 * `projects` holds every project as the site admin sees it (they browse all and hold every level).
 * `viewers` holds, for every user of the site, `{accountId: {projectKey: figures | null}}`: null when
 * the user may not browse the project, else the same figures counting only the issues the user may
 * see (METRICS.md "Permissions": no security level, or one the user holds). Epics are never
 * secured, so an epic lending its work type is visible to whoever sees its project.
 */
import type { ExpectedBoard, ExpectedFigures, ExpectedProject, UserJson, ViewerFigures, WorkBucket, WorkloadJson, WorkType } from './fixture-types';
import type { SimProject } from './issues';
import { isStandard, sumVisible, type SimIssue, type SprintFigures } from './model';
import { mayReadIssue } from './security';
import type { SimSite } from './simulate';
import { monthKey, monthWindow } from './time';

/** Whether the viewer may see an issue of a project they may browse. */
type Visible = (issue: SimIssue) => boolean;

/** The report window's months, and the month of an instant in the site's time zone. */
interface Window {
  months: readonly string[];
  monthOf: (ms: number) => string;
}

/**
 * A window whose `monthOf` remembers its answers: every viewer asks about the same instants, and
 * time zone lookups are slow.
 */
function reportWindow(site: SimSite, count: number): Window {
  const { now, timeZone } = site.options;
  const known = new Map<number, string>();
  const monthOf = (ms: number): string => {
    const month = known.get(ms) ?? monthKey(ms, timeZone);
    if (!known.has(ms)) known.set(ms, month);
    return month;
  };
  return { months: monthWindow(now, timeZone, count), monthOf };
}

const LABEL_TYPES: Readonly<Record<string, WorkType>> = {
  feature: 'feature',
  defect: 'defect',
  risk: 'risk',
  debt: 'debt',
  'tech-debt': 'debt',
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

function boardFigures(id: number, name: string, figures: readonly SprintFigures[], visible: Visible): ExpectedBoard {
  const byCompletion = [...figures].sort((a, b) => (a.sprint.complete ?? 0) - (b.sprint.complete ?? 0)).slice(-3);
  const velocity = byCompletion.length === 0 ? null : byCompletion.reduce((sum, f) => sum + sumVisible(f.completed, visible), 0) / byCompletion.length;
  const sprints = figures.map((f) => ({
    id: f.sprint.id,
    name: f.sprint.name,
    committed: sumVisible(f.committed, visible),
    completed: sumVisible(f.completed, visible),
  }));
  return { id, name, sprints, velocity };
}

function projectFigures(site: SimSite, project: SimProject, window: Window, visible: Visible): ExpectedProject {
  const { months, monthOf } = window;
  const byMonth = new Map(months.map((m) => [m, emptyWorkload()]));
  const inFlight = emptyWorkload();
  for (const issue of project.issues) {
    if (!isStandard(issue) || !visible(issue)) continue;
    if (issue.resolvedAt === null) add(inFlight, issue);
    else {
      const workload = byMonth.get(monthOf(issue.resolvedAt));
      if (workload !== undefined) add(workload, issue);
    }
  }
  const boards = site.boards
    .filter((b) => b.projectIndex === project.index && b.type === 'scrum')
    .sort((a, b) => a.id - b.id)
    .map((b) => boardFigures(b.id, b.name, site.figures.get(b.id) ?? [], visible));
  return {
    project: project.product.key,
    workload: { months: months.map((month) => ({ month, ...(byMonth.get(month) ?? emptyWorkload()) })) },
    velocity: { boards },
    inFlight,
  };
}

/** Each project as `user` sees it: null where they may not browse it. */
function viewerFigures(site: SimSite, user: UserJson, window: Window): ViewerFigures {
  const held = new Set(user.issueSecurityLevels ?? []);
  const visible: Visible = (issue) => mayReadIssue(issue, held);
  return Object.fromEntries(
    site.projects.map((p) => {
      const browses = user.permissions[p.product.key]?.includes('BROWSE_PROJECTS') === true;
      return [p.product.key, browses ? projectFigures(site, p, window, visible) : null];
    }),
  );
}

/** Expected figures for every project as the site admin sees them, and as each user of the site does. */
export function expectedFigures(site: SimSite, windowMonths = 12): ExpectedFigures {
  const admin = site.users.find((u) => u.siteAdmin === true);
  if (admin === undefined) throw new Error('expected figures: the site has no site admin to view them');
  const window = reportWindow(site, windowMonths);
  const projects = Object.fromEntries(site.projects.map((p) => [p.product.key, projectFigures(site, p, window, () => true)]));
  const viewers = Object.fromEntries(site.users.map((u) => [u.accountId, viewerFigures(site, u, window)]));
  return { viewer: admin.accountId, months: windowMonths, projects, viewers };
}
