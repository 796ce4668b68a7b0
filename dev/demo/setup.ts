/**
 * The site's structure before any work happens: products, their boards (one or two scrum teams,
 * sometimes a kanban board), sprint and release calendars, and epics.
 */
import { buildReleases, buildSprints, type CalendarOptions } from './calendar';
import { RELEASE_COLUMNS } from './columns';
import type { VersionJson } from './fixture-types';
import { createEpic, type IssueCounter, type SimProject } from './issues';
import type { SimBoard, SimSprint } from './model';
import { productAt, TEAM_NAMES } from './names';
import type { Rng } from './rng';
import { DAY, MINUTE } from './time';

export interface SiteLayout {
  projects: SimProject[];
  boards: SimBoard[];
  sprints: Map<number, SimSprint[]>;
  versions: VersionJson[];
}

/**
 * The first team of every other product keeps its own columns (so every site has some), and other
 * teams do at random. The first product's first team also takes the last product's work, through a
 * filter spanning both: the people who may browse only the first then see part of that team's sprints.
 */
function projectBoards(rng: Rng, project: SimProject, firstId: number, projectCount: number): SimBoard[] {
  const scrum = rng.chance(0.45) ? 2 : 1;
  const kanban = rng.chance(0.35);
  const scrumShare = (kanban ? 0.75 : 1) / scrum;
  const key = project.product.key;
  const teams = rng.shuffle(TEAM_NAMES);
  const boards: SimBoard[] = Array.from({ length: scrum }, (_, n) => {
    const ownColumns = n === 0 ? project.index % 2 === 0 : rng.chance(0.3);
    const spans = n === 0 && project.index === 0 && projectCount > 1;
    return {
      id: firstId + n,
      name: `${key} ${teams[n] ?? `Team ${n + 1}`}`,
      type: 'scrum',
      projectIndex: project.index,
      share: scrumShare,
      columnConfig: ownColumns ? RELEASE_COLUMNS : null,
      filterProjects: spans ? [project.index, projectCount - 1] : [project.index],
    };
  });
  if (kanban) {
    const support = { id: firstId + scrum, name: `${key} Support`, projectIndex: project.index, share: 0.25 };
    boards.push({ ...support, type: 'kanban', columnConfig: null, filterProjects: [project.index] });
  }
  return boards;
}

function addEpics(rng: Rng, counter: IssueCounter, project: SimProject, count: number, calendar: CalendarOptions): void {
  const from = calendar.historyStart - 45 * DAY;
  const to = calendar.now - 20 * DAY;
  const times = Array.from({ length: count }, () => rng.int(Math.ceil(from / MINUTE), Math.floor(to / MINUTE)) * MINUTE);
  for (const created of times.sort((a, b) => a - b)) createEpic(rng, counter, project, created);
}

/** Lays out one product per entry of `epicCounts`, with that many epics. */
export function layOutSite(rng: Rng, counter: IssueCounter, epicCounts: readonly number[], calendar: CalendarOptions): SiteLayout {
  const layout: SiteLayout = { projects: [], boards: [], sprints: new Map(), versions: [] };
  for (const [index, epics] of epicCounts.entries()) {
    const project: SimProject = { index, id: String(10000 + index), product: productAt(index), epics: [], issues: [] };
    layout.projects.push(project);
    for (const board of projectBoards(rng, project, layout.boards.length + 1, epicCounts.length)) {
      layout.boards.push(board);
      const firstSprintId = [...layout.sprints.values()].reduce((n, list) => n + list.length, 1);
      layout.sprints.set(board.id, board.type === 'scrum' ? buildSprints(rng, board, firstSprintId, calendar) : []);
    }
    layout.versions.push(...buildReleases(project.id, project.product.key, 10100 + layout.versions.length, calendar));
    addEpics(rng, counter, project, epics, calendar);
  }
  return layout;
}
