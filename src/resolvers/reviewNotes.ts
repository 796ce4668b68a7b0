import type { z } from 'zod';
import type { JiraClient } from '../jira/client';
import { requireProjectPermission } from '../services/permissions';
import { auditOf, requireBrowsableProjects } from '../services/records/access';
import { noteDeleteSchema, noteHistorySchema, noteListSchema, noteSaveSchema } from '../services/records/noteSchemas';
import { deleteReviewNote, listReviewNotes, reviewNoteHistory, saveReviewNote } from '../services/records/reviewNotes';
import type { ReviewNoteApi } from '../shared/reviewNotes';
import type { Audit } from '../storage/stores';
import { defineResolver, type AppDependencies } from './define';

type Data<K extends keyof ReviewNoteApi> = ReviewNoteApi[K]['data'];

interface NoteCall<P> {
  payload: P;
  deps: AppDependencies;
  /** Jira as the caller. */
  jira: JiraClient;
  audit: Audit;
}

/**
 * A call on the one product its payload names (the Portfolio review is a global page, with no project
 * in its context): Browse Projects on it, checked against Jira as the user before anything is read or
 * written. Whoever may browse a product may also write its notes.
 */
function onProduct<P extends { projectKey: string }, D>(schema: z.ZodType<P>, run: (call: NoteCall<P>) => Promise<D>) {
  return defineResolver(schema, async ({ payload, caller, deps }): Promise<D> => {
    const jira = deps.jiraFor(caller);
    await requireProjectPermission(jira, payload.projectKey, 'BROWSE_PROJECTS');
    return run({ payload, deps, jira, audit: auditOf(caller, deps.now()) });
  });
}

/** The resolvers behind the Portfolio review's notes (see src/shared/reviewNotes.ts `ReviewNoteApi`). */
export const reviewNoteResolvers = {
  'notes/list': defineResolver(noteListSchema, async ({ payload, caller, deps }): Promise<Data<'notes/list'>> => {
    const projectKeys = await requireBrowsableProjects(deps.jiraFor(caller), payload.projectKeys);
    return listReviewNotes(deps.stores, projectKeys, payload.months);
  }),
  'notes/save': onProduct(noteSaveSchema, ({ payload, deps, jira, audit }): Promise<Data<'notes/save'>> =>
    saveReviewNote(jira, deps.stores, payload.projectKey, payload.note, audit),
  ),
  'notes/delete': onProduct(noteDeleteSchema, ({ payload, deps, audit }): Promise<Data<'notes/delete'>> =>
    deleteReviewNote(deps.stores, payload.projectKey, payload.id, payload.version, audit),
  ),
  'notes/history': onProduct(noteHistorySchema, ({ payload, deps }): Promise<Data<'notes/history'>> =>
    reviewNoteHistory(deps.stores, payload.projectKey, payload.id, payload.cursor),
  ),
};
