import type { JiraClient } from '../../jira/client';
import { JiraRateLimitedError } from '../../jira/errors';
import { getBoards } from '../../jira/agile';
import type { JiraBoard, JiraProject } from '../../jira/models';
import { searchProjects } from '../../jira/platform';
import { loadSiteContext } from '../siteContext';
import type { SnapshotStore } from '../../storage/snapshots/snapshotStore';
import { markRequested } from './refresh';
import { EVENTS_PER_PUSH, MAX_DELAY_SECONDS, refreshRequest, type RefreshQueue, type RefreshRequest } from './requests';

/** Forge caps an event's body; a site with very many statuses lets each refresh read them itself. */
const MAX_SITE_IN_EVENT = 8 * 1024;

/** What every project's refresh can be told instead of asking Jira again: read once for the site. */
async function siteForRefreshes(jira: JiraClient, appNow: () => Date): Promise<{ site: NonNullable<RefreshRequest['site']>; boards: JiraBoard[] }> {
  const [{ now, ...site }, boards] = await Promise.all([loadSiteContext(jira), getBoards(jira)]);
  return { site: { ...site, clockOffsetMs: Date.parse(now) - appNow().getTime() }, boards };
}

function refreshOf(project: JiraProject, at: Date, known: Awaited<ReturnType<typeof siteForRefreshes>>): RefreshRequest {
  const boards = known.boards.filter((board) => board.location?.projectKey === project.key).map(({ id, name, type }) => ({ id, name, type }));
  const site = JSON.stringify(known.site).length <= MAX_SITE_IN_EVENT ? { site: known.site } : {};
  return { ...fullRefresh(project.key, at, 'daily'), projectName: project.name, boards, ...site };
}

/**
 * The daily fan-out (manifest `scheduledTrigger`): one full refresh per project, pushed 50 at a time
 * and spread over Forge's 15-minute delay range so the site's Jira rate limit is not spent at once.
 * The site's clock, fields, statuses and boards are read once here and told to every refresh. A
 * project with no snapshot yet gets a head saying it is computing, so pages list it meanwhile.
 * Returns how many refreshes were queued.
 */
export async function fanOutRefreshes(deps: { jira: JiraClient; snapshots: SnapshotStore; queue: RefreshQueue; now: () => Date }): Promise<number> {
  const [projects, known] = await Promise.all([searchProjects(deps.jira), siteForRefreshes(deps.jira, deps.now)]);
  const now = deps.now();
  const heads = await deps.snapshots.heads(projects.map((project) => project.key));
  for (const project of projects) {
    if (!heads.has(project.key)) await markRequested(deps, { projectKey: project.key, projectName: project.name }, now);
  }
  const events = projects.map((project, index) => ({
    request: refreshOf(project, now, known),
    delaySeconds: Math.floor((index * MAX_DELAY_SECONDS) / Math.max(1, projects.length)),
  }));
  for (let start = 0; start < events.length; start += EVENTS_PER_PUSH) await deps.queue.push(events.slice(start, start + EVENTS_PER_PUSH));
  return events.length;
}

export function fullRefresh(projectKey: string, at: Date, reason: string): RefreshRequest {
  return refreshRequest(projectKey, 'full', at, reason);
}

/** Retries of one refresh before it waits for the next day's (or a person's) refresh. */
export const MAX_REFRESH_RETRIES = 4;

/**
 * When to try a failed refresh again: Jira's own Retry-After when it rate limited, else exponential
 * backoff from 30 s (30, 60, 120, 240), within Forge's 900 s; null once the retries are spent. Each
 * project is its own event, so one failing project never holds back the others.
 */
export function retryDelaySeconds(error: unknown, retryCount: number): number | null {
  if (retryCount >= MAX_REFRESH_RETRIES) return null;
  if (error instanceof JiraRateLimitedError && error.retryAfterMs !== null)
    return Math.min(MAX_DELAY_SECONDS, Math.max(1, Math.ceil(error.retryAfterMs / 1000)));
  return Math.min(MAX_DELAY_SECONDS, 30 * 2 ** retryCount);
}
