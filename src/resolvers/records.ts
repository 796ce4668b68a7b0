import type { z } from 'zod';
import type { JiraClient } from '../jira/client';
import type { ProjectPermission } from '../jira/platform';
import { requireProjectPermission } from '../services/permissions';
import { auditOf } from '../services/records/access';
import { requireReadAccess } from '../services/permissions';
import { listCapacity, saveCapacity } from '../services/records/capacity';
import { closedSprintFigures } from '../services/snapshots/productTab';
import { getProfile, saveProfile } from '../services/records/profile';
import { listReleases, saveAnalysis } from '../services/records/releases';
import { deleteRisk, listRisks, riskHistory, saveRisk } from '../services/records/risks';
import { deleteRoadmapItem, listRoadmap, saveRoadmapItem } from '../services/records/roadmap';
import {
  analysisSaveSchema,
  capacityListSchema,
  capacitySaveSchema,
  deleteSchema,
  emptySchema,
  profileSaveSchema,
  riskHistorySchema,
  riskListSchema,
  riskSaveSchema,
  roadmapListSchema,
  roadmapSaveSchema,
} from '../services/records/schemas';
import type { RecordApi } from '../shared/records';
import type { Audit } from '../storage/stores';
import { requireProject } from './context';
import { defineResolver, readingOf, type AppDependencies } from './define';

type Data<K extends keyof RecordApi> = RecordApi[K]['data'];
/** What a read's service answers; the resolver adds `canEdit`. */
type Listed<K extends keyof RecordApi> = Omit<Data<K>, 'canEdit'>;

interface RecordCall<P> {
  payload: P;
  jira: JiraClient;
  projectKey: string;
  deps: AppDependencies;
}

/** A read: Browse Projects on the context's project; the answer says whether the viewer may also edit. */
function reading<S extends z.ZodType, D extends object>(schema: S, editPermission: ProjectPermission, run: (call: RecordCall<z.output<S>>) => Promise<D>) {
  return defineResolver(schema, async ({ payload, caller, deps }): Promise<D & { canEdit: boolean }> => {
    const jira = deps.jiraFor(caller);
    const projectKey = requireProject(caller);
    const { canEdit } = await requireReadAccess(jira, projectKey, editPermission);
    return { ...(await run({ payload, jira, projectKey, deps })), canEdit };
  });
}

/** A write: `permission` on the context's project, checked against Jira as the user before anything else. */
function writing<S extends z.ZodType, D>(schema: S, permission: ProjectPermission, run: (call: RecordCall<z.output<S>> & { audit: Audit }) => Promise<D>) {
  return defineResolver(schema, async ({ payload, caller, deps }): Promise<D> => {
    const jira = deps.jiraFor(caller);
    const projectKey = requireProject(caller);
    await requireProjectPermission(jira, projectKey, permission);
    return run({ payload, jira, projectKey, deps, audit: auditOf(caller, deps.now()) });
  });
}

/** The resolvers behind the product records (see src/shared/records.ts `RecordApi` for payloads and data). */
export const recordResolvers = {
  'profile/get': reading(emptySchema, 'ADMINISTER_PROJECTS', ({ deps, projectKey }): Promise<Listed<'profile/get'>> => getProfile(deps.stores, projectKey)),
  'profile/save': writing(profileSaveSchema, 'ADMINISTER_PROJECTS', ({ payload, deps, projectKey, audit }): Promise<Data<'profile/save'>> =>
    saveProfile(deps.stores, projectKey, payload.profile, audit),
  ),
  'capacity/list': reading(capacityListSchema, 'EDIT_ISSUES', ({ payload, jira, deps, projectKey }): Promise<Listed<'capacity/list'>> =>
    listCapacity(jira, deps.stores, projectKey, payload.boardId, closedSprintFigures(readingOf(deps), jira, projectKey)),
  ),
  'capacity/save': writing(capacitySaveSchema, 'EDIT_ISSUES', ({ payload, jira, deps, projectKey, audit }): Promise<Data<'capacity/save'>> =>
    saveCapacity(jira, deps.stores, projectKey, payload.capacity, audit),
  ),
  'roadmap/list': reading(roadmapListSchema, 'EDIT_ISSUES', ({ payload, jira, deps, projectKey }): Promise<Listed<'roadmap/list'>> =>
    listRoadmap(jira, deps.stores, projectKey, payload, deps.now()),
  ),
  'roadmap/save': writing(roadmapSaveSchema, 'EDIT_ISSUES', ({ payload, jira, deps, projectKey, audit }): Promise<Data<'roadmap/save'>> =>
    saveRoadmapItem(jira, deps.stores, projectKey, payload.item, audit),
  ),
  'roadmap/delete': writing(deleteSchema, 'EDIT_ISSUES', ({ payload, deps, projectKey }): Promise<Data<'roadmap/delete'>> =>
    deleteRoadmapItem(deps.stores, projectKey, payload.id, payload.version),
  ),
  'risks/list': reading(riskListSchema, 'EDIT_ISSUES', ({ payload, deps, projectKey }): Promise<Listed<'risks/list'>> =>
    listRisks(deps.stores, projectKey, payload.linkedIssueKey),
  ),
  'risks/save': writing(riskSaveSchema, 'EDIT_ISSUES', ({ payload, jira, deps, projectKey, audit }): Promise<Data<'risks/save'>> =>
    saveRisk(jira, deps.stores, projectKey, payload.risk, audit),
  ),
  'risks/delete': writing(deleteSchema, 'EDIT_ISSUES', ({ payload, deps, projectKey, audit }): Promise<Data<'risks/delete'>> =>
    deleteRisk(deps.stores, projectKey, payload.id, payload.version, audit),
  ),
  'risks/history': reading(riskHistorySchema, 'EDIT_ISSUES', ({ payload, deps, projectKey }): Promise<Listed<'risks/history'>> =>
    riskHistory(deps.stores, projectKey, payload.id, payload.cursor),
  ),
  'releases/list': reading(emptySchema, 'EDIT_ISSUES', ({ jira, deps, projectKey }): Promise<Listed<'releases/list'>> =>
    listReleases(jira, deps.stores, projectKey, deps.now()),
  ),
  'releases/saveAnalysis': writing(analysisSaveSchema, 'EDIT_ISSUES', ({ payload, jira, deps, projectKey, audit }): Promise<Data<'releases/saveAnalysis'>> =>
    saveAnalysis(jira, deps.stores, projectKey, payload.analysis, audit, deps.now()),
  ),
};
