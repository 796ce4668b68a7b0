import type { SiteFixture } from '../site/fixture';

/** Jira's page sizes the lower bound is counted in. */
const ISSUES_PER_SEARCH_PAGE = 100;
const ISSUES_PER_CHANGELOG_CALL = 1000;

export interface LowerBound {
  issues: number;
  standardIssues: number;
  searchPages: number;
  changelogPages: number;
  requests: number;
}

/**
 * The fewest requests any implementation needs for the viewer's portfolio rollup: every epic and
 * standard issue of the projects they may browse, read in pages of 100 with fields, and every standard
 * issue's changelog, read in calls of 1000 issues. Boards, sprints and fields are not counted, so the
 * measured ratio also pays for them.
 */
export function portfolioLowerBound(fixture: SiteFixture, accountId: string): LowerBound {
  const user = fixture.users.find((candidate) => candidate.accountId === accountId);
  const browsable = new Set(
    Object.entries(user?.permissions ?? {})
      .filter(([, permissions]) => permissions.includes('BROWSE_PROJECTS'))
      .map(([key]) => key),
  );
  const needed = fixture.issues.filter((issue) => browsable.has(issue.fields.project.key) && issue.fields.issuetype.hierarchyLevel >= 0);
  const standardIssues = needed.filter((issue) => issue.fields.issuetype.hierarchyLevel === 0).length;
  const searchPages = Math.ceil(needed.length / ISSUES_PER_SEARCH_PAGE);
  const changelogPages = Math.ceil(standardIssues / ISSUES_PER_CHANGELOG_CALL);
  return { issues: needed.length, standardIssues, searchPages, changelogPages, requests: searchPages + changelogPages };
}
