/**
 * The expected figures (../../../shared/docs/METRICS.md, per project, 12-month window), computed
 * from the simulation's own state: final fields for workload; for velocity each closed sprint's
 * report, captured issue by issue at its start and completion (sprint-report.ts); for flow, delivery
 * and signals the live state's instants (created, started, resolved), fix versions and releases
 * (expected-review.ts). Nothing here reads the changelog, so it is an independent oracle for the
 * app's changelog replay.
 *
 * `projects` holds every project as the site admin sees it (they browse all and hold every level).
 * `viewers` holds, for every user of the site, `{accountId: {projectKey: figures | null}}`: null when
 * the user may not browse the project, else the same figures counting only the issues the user may
 * see (METRICS.md "Permissions": of a project they browse, with no security level or one they
 * hold). Epics are never secured, so an epic lending its work type is visible to whoever sees its project.
 */
import { boardFigures, closedSprints, sprintRowsByBoard, type SprintRows, type Visible } from './expected-sprints';
import { reviewFigures, type ReviewBasis } from './expected-review';
import type { UserJson, VersionJson, WorkBucket, WorkType } from './fixture-types';
import type { ExpectedFigures, ExpectedProject, ViewerFigures, WorkloadJson } from './expected-types';
import { buildIssueRefs } from './issue-refs';
import type { SimProject } from './issues';
import { isStandard, type SimIssue } from './model';
import { mayReadIssue } from './security';
import type { SimSite } from './simulate';
import { localDate, monthKey, monthWindow } from './time';

/** Months flow metrics and the mix signals look back over: the month containing now and the 2 before. */
const FLOW_MONTHS = 3;

/** `compute` remembering its answers: every viewer asks about the same instants, and time zone lookups are slow. */
function remembered(compute: (ms: number) => string): (ms: number) => string {
  const known = new Map<number, string>();
  return (ms) => {
    const value = known.get(ms) ?? compute(ms);
    known.set(ms, value);
    return value;
  };
}

/** The report window's months, the flow months, and the month and calendar date of an instant in the site's time zone. */
function reportWindow(site: SimSite, count: number): ReviewBasis {
  const { now, timeZone } = site.options;
  return {
    months: monthWindow(now, timeZone, count),
    flowMonths: monthWindow(now, timeZone, FLOW_MONTHS),
    monthOf: remembered((ms) => monthKey(ms, timeZone)),
    dateOf: remembered((ms) => localDate(ms, timeZone)),
  };
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

/** What every viewer's figures are computed from: the report window, each board's sprint reports and each project's versions. */
interface Basis {
  window: ReviewBasis;
  sprints: ReadonlyMap<number, readonly SprintRows[]>;
  versions: ReadonlyMap<string, readonly VersionJson[]>;
}

function workloadFigures(project: SimProject, window: ReviewBasis, visible: Visible): Pick<ExpectedProject, 'workload' | 'inFlight'> {
  const byMonth = new Map(window.months.map((m) => [m, emptyWorkload()]));
  const inFlight = emptyWorkload();
  for (const issue of project.issues) {
    if (!isStandard(issue) || !visible(issue)) continue;
    if (issue.resolvedAt === null) add(inFlight, issue);
    else {
      const workload = byMonth.get(window.monthOf(issue.resolvedAt));
      if (workload !== undefined) add(workload, issue);
    }
  }
  return { workload: { months: window.months.map((month) => ({ month, ...(byMonth.get(month) ?? emptyWorkload()) })) }, inFlight };
}

function projectFigures(site: SimSite, project: SimProject, basis: Basis, visible: Visible): ExpectedProject {
  const { workload, inFlight } = workloadFigures(project, basis.window, visible);
  const scrum = site.boards.filter((b) => b.projectIndex === project.index && b.type === 'scrum').sort((a, b) => a.id - b.id);
  const rows = scrum.map((b) => basis.sprints.get(b.id) ?? []);
  const boards = scrum.map((b, index) => boardFigures(b, rows[index] ?? [], visible));
  const review = reviewFigures(
    {
      issues: project.issues.filter((issue) => isStandard(issue) && visible(issue)).map((issue) => ({ issue, bucket: workTypeOf(issue) })),
      versions: basis.versions.get(project.id) ?? [],
      boards: boards.map((board, index) => closedSprints(rows[index] ?? [], board)),
    },
    basis.window,
  );
  return { project: project.product.key, workload, velocity: { boards }, inFlight, ...review };
}

/**
 * Each project as `user` sees it: null where they may not browse it. A board's sprints may hold
 * issues of another project its filter spans; those count only for viewers who browse that one too.
 */
function viewerFigures(site: SimSite, user: UserJson, basis: Basis): ViewerFigures {
  const held = new Set(user.issueSecurityLevels ?? []);
  const browsed = new Set(site.projects.filter((p) => user.permissions[p.product.key]?.includes('BROWSE_PROJECTS') === true).map((p) => p.index));
  const visible: Visible = (issue) => browsed.has(issue.projectIndex) && mayReadIssue(issue, held);
  return Object.fromEntries(site.projects.map((p) => [p.product.key, browsed.has(p.index) ? projectFigures(site, p, basis, visible) : null]));
}

/** Expected figures for every project as the site admin sees them, and as each user of the site does. */
export function expectedFigures(site: SimSite, windowMonths = 12): ExpectedFigures {
  const admin = site.users.find((u) => u.siteAdmin === true);
  if (admin === undefined) throw new Error('expected figures: the site has no site admin to view them');
  const basis: Basis = {
    window: reportWindow(site, windowMonths),
    sprints: sprintRowsByBoard(site.figures, buildIssueRefs(site.projects).refs),
    versions: new Map(site.projects.map((p) => [p.id, site.versions.filter((v) => v.projectId === p.id)])),
  };
  const projects = Object.fromEntries(site.projects.map((p) => [p.product.key, projectFigures(site, p, basis, () => true)]));
  const viewers = Object.fromEntries(site.users.map((u) => [u.accountId, viewerFigures(site, u, basis)]));
  return { viewer: admin.accountId, months: windowMonths, projects, viewers };
}
