import type { SiteFixture } from '../site/fixture';

/** Jira's page sizes the lower bound is counted in. */
const ISSUES_PER_SEARCH_PAGE = 100;
const ISSUES_PER_CHANGELOG_CALL = 1000;

export interface ProjectBound {
  projectKey: string;
  /** Epics and standard issues: what a snapshot reads. */
  issues: number;
  bound: number;
}

export interface LowerBound {
  searchPages: number;
  changelogPages: number;
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
 * calls of 1000. Boards, sprints, filters, versions and the clock are not counted, so the measured
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
    return { projectKey: project.key, issues: needed.length, searchPages, changelogPages, bound: searchPages + changelogPages };
  });
  const largest = perProject.reduce((best, project) => (project.issues > best.issues ? project : best));
  const searchPages = perProject.reduce((sum, project) => sum + project.searchPages, 0);
  const changelogPages = perProject.reduce((sum, project) => sum + project.changelogPages, 0);
  return { searchPages, changelogPages, requests: searchPages + changelogPages, largest };
}
