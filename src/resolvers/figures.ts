import { z } from 'zod';
import { epicDetail, MAX_EPICS_PER_TAG, tagEpics } from '../services/epics';
import { productOverview } from '../services/overview';
import { portfolioOverview } from '../services/portfolio';
import { portfolioRecords } from '../services/records/portfolioRecords';
import { requireReadAccess } from '../services/permissions';
import { WORK_TYPES } from '../shared/workTypes';
import { requireIssue, requireProject } from './context';
import { defineResolver } from './define';

const months = z.number().int().min(1).max(24).optional().default(12);
const workType = z.enum(WORK_TYPES);
const issueKey = z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'must be an issue key like PAY-12');

/** The resolvers behind the figure surfaces, by key (see src/shared/api.ts for payloads and data). */
export const figureResolvers = {
  'figures/get': defineResolver(z.object({ months }).strict(), async ({ payload, caller, deps }) => {
    const jira = deps.jiraFor(caller);
    const projectKey = requireProject(caller);
    const { canEdit } = await requireReadAccess(jira, projectKey, 'EDIT_ISSUES');
    return productOverview(jira, projectKey, payload.months, canEdit);
  }),
  'epics/tag': defineResolver(
    z.object({ issueKeys: z.array(issueKey).min(1).max(MAX_EPICS_PER_TAG), workType }).strict(),
    async ({ payload, caller, deps }) => ({
      updated: await tagEpics(deps.jiraFor(caller), requireProject(caller), payload.issueKeys, payload.workType),
    }),
  ),
  'epic/get': defineResolver(z.object({}).strict(), async ({ caller, deps }) =>
    epicDetail(deps.jiraFor(caller), requireProject(caller), requireIssue(caller)),
  ),
  'epic/tag': defineResolver(z.object({ workType }).strict(), async ({ payload, caller, deps }) => {
    const jira = deps.jiraFor(caller);
    const projectKey = requireProject(caller);
    const key = requireIssue(caller);
    await tagEpics(jira, projectKey, [key], payload.workType);
    return epicDetail(jira, projectKey, key);
  }),
  'portfolio/records': defineResolver(z.object({}).strict(), async ({ caller, deps }) =>
    portfolioRecords(deps.jiraFor(caller), deps.stores, deps.now()),
  ),
  'portfolio/get': defineResolver(z.object({ months }).strict(), async ({ payload, caller, deps }) =>
    portfolioOverview(deps.jiraFor(caller), payload.months),
  ),
};
