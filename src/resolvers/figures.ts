import { z } from 'zod';
import { epicDetail, MAX_EPICS_PER_TAG, tagEpics } from '../services/epics';
import { portfolioRecords } from '../services/records/portfolioRecords';
import { requireReadAccess } from '../services/permissions';
import { portfolioOverview } from '../services/snapshots/portfolioOverview';
import { productTab, sprintReportOf } from '../services/snapshots/productTab';
import { queueRefreshes } from '../services/snapshots/queueRefresh';
import { WORK_TYPES } from '../shared/workTypes';
import { requireIssue, requireProject } from './context';
import { defineResolver, readingOf } from './define';
import { getPermittedProjects } from '../jira/platform';

/** A tag is an entity property, which Jira's `updated` does not show: the refresh reads the epics by id. */
function tagChange(tagged: readonly { id: string }[]) {
  return { touchedIssueIds: tagged.map((epic) => epic.id), boardsChanged: false };
}

const months = z.number().int().min(1).max(24).optional().default(12);
const workType = z.enum(WORK_TYPES);
const issueKey = z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'must be an issue key like PAY-12');

/** The resolvers behind the figure surfaces, by key (see src/shared/api.ts for payloads and data). */
export const figureResolvers = {
  'figures/get': defineResolver(z.object({ months }).strict(), async ({ payload, caller, deps }) => {
    const jira = deps.jiraFor(caller);
    const projectKey = requireProject(caller);
    return productTab(readingOf(deps), jira, projectKey, payload.months, () => requireReadAccess(jira, projectKey, 'EDIT_ISSUES'));
  }),
  'sprint/report': defineResolver(
    z.object({ boardId: z.number().int().positive(), sprintId: z.number().int().positive() }).strict(),
    async ({ payload, caller, deps }) => {
      const jira = deps.jiraFor(caller);
      const projectKey = requireProject(caller);
      await requireReadAccess(jira, projectKey, 'EDIT_ISSUES');
      return sprintReportOf(readingOf(deps), jira, projectKey, payload);
    },
  ),
  'snapshot/refresh': defineResolver(z.object({}).strict(), async ({ caller, deps }) => {
    const projectKey = requireProject(caller);
    await requireReadAccess(deps.jiraFor(caller), projectKey, 'EDIT_ISSUES');
    const [info] = await queueRefreshes(readingOf(deps), [projectKey], 'refresh asked for');
    if (info === undefined) throw new Error(`No refresh was queued for ${projectKey}`);
    return info;
  }),
  'epics/tag': defineResolver(
    z.object({ issueKeys: z.array(issueKey).min(1).max(MAX_EPICS_PER_TAG), workType }).strict(),
    async ({ payload, caller, deps }) => {
      const tagged = await tagEpics(deps.jiraFor(caller), requireProject(caller), payload.issueKeys, payload.workType);
      await queueRefreshes(readingOf(deps), [requireProject(caller)], 'epics tagged', tagChange(tagged));
      return { updated: tagged.map((epic) => epic.key) };
    },
  ),
  'epic/get': defineResolver(z.object({}).strict(), async ({ caller, deps }) => epicDetail(deps.jiraFor(caller), requireProject(caller), requireIssue(caller))),
  'epic/tag': defineResolver(z.object({ workType }).strict(), async ({ payload, caller, deps }) => {
    const jira = deps.jiraFor(caller);
    const projectKey = requireProject(caller);
    const key = requireIssue(caller);
    const tagged = await tagEpics(jira, projectKey, [key], payload.workType);
    await queueRefreshes(readingOf(deps), [projectKey], 'epic tagged', tagChange(tagged));
    return epicDetail(jira, projectKey, key);
  }),
  'portfolio/records': defineResolver(z.object({}).strict(), async ({ caller, deps }) => portfolioRecords(deps.jiraFor(caller), deps.stores, deps.now())),
  'portfolio/overview': defineResolver(z.object({}).strict(), async ({ caller, deps }) =>
    portfolioOverview(readingOf(deps), deps.stores, deps.jiraFor(caller)),
  ),
  'portfolio/refresh': defineResolver(z.object({}).strict(), async ({ caller, deps }) => {
    const permitted = await getPermittedProjects(deps.jiraFor(caller), ['BROWSE_PROJECTS']);
    const queued = await queueRefreshes(
      readingOf(deps),
      permitted.map((project) => project.key),
      'portfolio refresh asked for',
    );
    return { queued: queued.length };
  }),
};
