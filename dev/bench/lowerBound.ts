import type { SiteFixture } from '../site/fixture';

/** Jira's page sizes the lower bound is counted in. */
const ISSUES_PER_SEARCH_PAGE = 100;
const ISSUES_PER_CHANGELOG_CALL = 1000;

export interface ProjectBound {
  projectKey: string;
  /** Epics and standard issues: what a snapshot reads. */
  issues: number;
  searchPages: number;
  changelogPages: number;
  /** One filter read per scrum board located in the project. */
  filterReads: number;
  /** One versions read per project. */
  versionReads: number;
  bound: number;
}

export interface LowerBound {
  searchPages: number;
  changelogPages: number;
  filterReads: number;
  versionReads: number;
  requests: number;
  largest: ProjectBound;
}

/** The other projects a project's boards' filters name (the fixture's filters are `project = A` or `project in (A, B)`). */
function otherBoardProjects(fixture: SiteFixture, projectKey: string): Set<string> {
  const others = new Set<string>();
  for (const board of fixture.boards) {
    if (board.location.projectKey !== projectKey || board.filter === undefined) continue;
    const list = /project\s*(?:=|in)\s*\(?([^)]*?)\)?\s*(?:order by|$)/i.exec(board.filter.jql)?.[1] ?? '';
    for (const key of list.split(',').map((part) => part.trim().replace(/"/g, ''))) if (key !== '' && key !== projectKey) others.add(key);
  }
  return others;
}

/**
 * The fewest requests any implementation needs to build one snapshot per project: each project's
 * epics and standard issues (and the standard issues of other projects its boards' filters hold,
 * which velocity counts) read in pages of 100 with fields, and the standard issues' changelogs in
 * calls of 1000; plus two reads the contract leaves no way around:
 * - each scrum board's filter (`GET /rest/api/3/filter/{id}`): velocity counts the issues the
 *   board's filter matches (docs/METRICS.md, Velocity), and Jira's board configuration names only
 *   the filter's id, never its JQL; the one alternative, searching `filter = id`, is a request per
 *   board as well (and cannot tell the project's own issues from the others' it must read).
 * - each project's versions (`GET /rest/api/3/project/{key}/versions`, one unpaged call): the
 *   delivery proxies count released versions, and a version no issue names (a release of nothing
 *   tracked) appears in no issue's fix versions, so the issues read do not stand in for it.
 * Board lists, board configurations, sprint pages and the clock are not counted, so the measured
 * ratio pays for them.
 */
export function snapshotLowerBound(fixture: SiteFixture): LowerBound {
  const perProject = fixture.projects.map((project) => {
    const others = otherBoardProjects(fixture, project.key);
    const needed = fixture.issues.filter(
      (issue) =>
        (issue.fields.project.key === project.key && issue.fields.issuetype.hierarchyLevel >= 0) ||
        (others.has(issue.fields.project.key) && issue.fields.issuetype.hierarchyLevel === 0),
    );
    const standard = needed.filter((issue) => issue.fields.issuetype.hierarchyLevel === 0).length;
    const searchPages = Math.ceil(needed.length / ISSUES_PER_SEARCH_PAGE);
    const changelogPages = Math.ceil(standard / ISSUES_PER_CHANGELOG_CALL);
    const filterReads = fixture.boards.filter((board) => board.type === 'scrum' && board.location.projectKey === project.key).length;
    const versionReads = 1;
    const bound = searchPages + changelogPages + filterReads + versionReads;
    return { projectKey: project.key, issues: needed.length, searchPages, changelogPages, filterReads, versionReads, bound };
  });
  const largest = perProject.reduce((best, project) => (project.issues > best.issues ? project : best));
  const sum = (part: 'searchPages' | 'changelogPages' | 'filterReads' | 'versionReads') => perProject.reduce((total, project) => total + project[part], 0);
  const [searchPages, changelogPages, filterReads, versionReads] = [sum('searchPages'), sum('changelogPages'), sum('filterReads'), sum('versionReads')];
  return { searchPages, changelogPages, filterReads, versionReads, requests: searchPages + changelogPages + filterReads + versionReads, largest };
}
