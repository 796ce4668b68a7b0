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

/**
 * The fewest requests any implementation needs to build one snapshot per project: each project's
 * epics and standard issues read in pages of 100 with fields, and its standard issues' changelogs in
 * calls of 1000. Boards, sprints and the clock are not counted, so the measured ratio pays for them.
 */
export function snapshotLowerBound(fixture: SiteFixture): LowerBound {
  const perProject = fixture.projects.map((project) => {
    const needed = fixture.issues.filter((issue) => issue.fields.project.key === project.key && issue.fields.issuetype.hierarchyLevel >= 0);
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
