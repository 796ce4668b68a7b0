import type { JiraClient } from '../jira/client';
import { JiraNotFoundError } from '../jira/errors';
import type { JiraProject } from '../jira/models';
import { getProject, searchProjects } from '../jira/platform';
import type { ProductFigures } from '../shared/figures';
import type { ProjectFacts } from '../domain/facts';
import { productFigures } from '../domain/productFigures';
import { loadProjectFacts } from './projectFacts';
import { loadSiteContext, type SiteContext } from './siteContext';

export interface RollupResult {
  site: { now: string; timeZone: string };
  products: ProductFigures[];
}

/** A project that does not exist and one the viewer may not browse answer alike, so neither leaks. */
export class ProjectNotFoundError extends Error {
  constructor(readonly projectKey: string) {
    super(`Project '${projectKey}' was not found, or you do not have permission to browse it`);
    this.name = 'ProjectNotFoundError';
  }
}

function figuresOf(facts: readonly ProjectFacts[], months: number, site: SiteContext): RollupResult {
  return { site: { now: site.now, timeZone: site.timeZone }, products: facts.map((product) => productFigures(product, months)) };
}

/** The project as the viewer sees it; `ProjectNotFoundError` when missing or not browsable. */
export async function findProject(jira: JiraClient, projectKey: string): Promise<JiraProject> {
  return getProject(jira, projectKey).catch((error: unknown) => {
    if (error instanceof JiraNotFoundError) throw new ProjectNotFoundError(projectKey);
    throw error;
  });
}

/** Every figure of one project, read as the viewer; `ProjectNotFoundError` when they may not browse it. */
export async function rollupProject(jira: JiraClient, projectKey: string, months: number): Promise<RollupResult> {
  const [facts] = await loadProjectFacts(jira, [await findProject(jira, projectKey)]);
  if (facts === undefined) throw new Error(`No facts were loaded for project ${projectKey}`);
  return figuresOf([facts], months, facts.site);
}

/** Every figure of every project the viewer may browse (and only those), ordered by key. */
export async function rollupPortfolio(jira: JiraClient, months: number): Promise<RollupResult> {
  const projects = await searchProjects(jira);
  const facts = await loadProjectFacts(jira, projects);
  return figuresOf(facts, months, facts[0]?.site ?? (await loadSiteContext(jira)));
}
