/**
 * Runs the whole site: lays it out, simulates every board, settles epics and sub-tasks, and files
 * resolved work under releases. The result is the simulation's state, from which both the fixture
 * (through the changelog writer) and the expected figures (directly) are produced.
 */
import type { BoardRun } from './board-run';
import type { CalendarOptions } from './calendar';
import type { SecurityLevelJson, UserJson, VersionJson } from './fixture-types';
import { addSubtasks, settleEpics } from './hierarchy';
import type { SimProject } from './issues';
import { simulateKanban } from './kanban';
import type { SimBoard, SimSprint, SprintFigures } from './model';
import { productAt } from './names';
import { assignFixVersions } from './releases';
import { Rng } from './rng';
import { simulateScrumBoard } from './scrum-board';
import { assignSecurity, siteSecurityLevels } from './security';
import { layOutSite } from './setup';
import { DAY, floorMinute, MINUTE, monthStartsBetween } from './time';
import { buildUsers } from './users';

export interface SimOptions {
  seed: number;
  now: number;
  timeZone: string;
  projects: number;
  issuesPerProject: number;
  /** Issues of the largest project (see `projectSizes`); null: it has `issuesPerProject` like the rest. */
  largestProjectIssues: number | null;
  /** Share of the standard issues of sensitive products put under an issue security level. */
  securedShare: number;
  sprintWeeks: number;
  months: number;
}

export interface SimSite {
  readonly options: SimOptions;
  readonly projects: SimProject[];
  readonly boards: SimBoard[];
  readonly sprints: Map<number, SimSprint[]>;
  readonly versions: VersionJson[];
  readonly users: UserJson[];
  readonly securityLevels: SecurityLevelJson[];
  /** Each closed sprint's report, by board id, as captured during the simulation (sprint-report.ts). */
  readonly figures: Map<number, SprintFigures[]>;
}

/** Share of standard issues among all issues once sub-tasks are added (about 0.18 per standard issue). */
const STANDARD_PER_ISSUE = 1 / 1.18;

/** Share of a project's standard issues worked by the team of a board in another project whose filter spans it. */
const SPANNED_SHARE = 0.2;

interface BoardTarget {
  /** Standard issues the board's team creates over the whole history. */
  issues: number;
  /** Share of them that belong to the other projects of its filter. */
  otherShare: number;
}

/**
 * Each board's share of its project's standard issues, less what boards of other projects take of
 * them, plus what it takes of the other projects its filter spans; so every project keeps its size.
 */
function boardTargets(boards: readonly SimBoard[], standard: readonly number[]): Map<number, BoardTarget> {
  const spanned = boards.flatMap((b) => b.filterProjects.slice(1));
  const kept = (index: number) => (standard[index] ?? 0) * (1 - SPANNED_SHARE * spanned.filter((i) => i === index).length);
  return new Map(
    boards.map((board) => {
      const own = kept(board.projectIndex) * board.share;
      const others = board.filterProjects.slice(1).reduce((sum, index) => sum + (standard[index] ?? 0) * SPANNED_SHARE, 0);
      return [board.id, { issues: own + others, otherShare: own + others > 0 ? others / (own + others) : 0 }];
    }),
  );
}

function boardRate(board: SimBoard, sprints: readonly SimSprint[], target: number, options: SimOptions): number {
  if (board.type === 'kanban') return target / Math.max(1, (options.months * 30.44) / 14);
  return target / (1.17 * Math.max(1, sprints.length - 1) + 3);
}

/**
 * Issues asked of each project, in project order. The largest is the first sensitive product when
 * there is one, so that a large site also has many secured issues in one project; else the first.
 */
function projectSizes(options: SimOptions): number[] {
  const sensitive = Array.from({ length: options.projects }, (_, index) => productAt(index).sensitivity !== undefined);
  const largest = Math.max(0, sensitive.indexOf(true));
  return sensitive.map((_, index) => (index === largest ? (options.largestProjectIssues ?? options.issuesPerProject) : options.issuesPerProject));
}

export function simulateSite(options: SimOptions): SimSite {
  const rng = new Rng(options.seed);
  const counter = { next: 0 };
  const nowCap = floorMinute(options.now) - MINUTE;
  const historyStart = floorMinute(options.now - Math.round((options.months * 365.25) / 12) * DAY);
  const calendar: CalendarOptions = { now: options.now, historyStart, sprintWeeks: options.sprintWeeks, timeZone: options.timeZone };
  const sizes = projectSizes(options);
  const epics = sizes.map((size) => Math.max(3, Math.round(size * 0.05)));
  const layout = layOutSite(rng, counter, epics, calendar);
  const monthStarts = monthStartsBetween(historyStart - 60 * DAY, options.now, options.timeZone);
  const standard = sizes.map((size, index) => (size - (epics[index] ?? 0)) * STANDARD_PER_ISSUE);
  const figures = new Map<number, SprintFigures[]>();
  const targets = boardTargets(layout.boards, standard);
  for (const board of layout.boards) {
    const target = targets.get(board.id) ?? { issues: 0, otherShare: 0 };
    const projects = board.filterProjects.flatMap((index) => layout.projects[index] ?? []);
    const sprints = layout.sprints.get(board.id) ?? [];
    const run: BoardRun = {
      rng,
      board,
      projects,
      counter,
      sprints,
      issues: [],
      monthStarts,
      nowCap,
      figures: [],
      startEstimates: null,
      otherShare: target.otherShare,
      rate: boardRate(board, sprints, target.issues, options),
    };
    if (board.type === 'scrum') simulateScrumBoard(run);
    else simulateKanban(run, historyStart);
    figures.set(board.id, run.figures);
  }
  for (const project of layout.projects) {
    settleEpics(rng, project, nowCap);
    addSubtasks(rng, counter, project, nowCap);
    assignFixVersions(rng, project, layout.versions, options);
  }
  const securityLevels = siteSecurityLevels(options.securedShare);
  const users = buildUsers(
    rng,
    layout.projects.map((p) => p.product.key),
    options.timeZone,
    securityLevels,
  );
  // Last, so that the share changes which issues are secured and nothing else about the site.
  assignSecurity(rng, layout.projects, options.securedShare);
  return { options, ...layout, users, securityLevels, figures };
}
