import type { JiraClient } from '../../jira/client';
import { mapConcurrent } from '../../jira/limiter';
import type { ReviewNote, ReviewNoteApi, ReviewNoteChange, ReviewNoteFields } from '../../shared/reviewNotes';
import type { Audit, HistoryPage, RecordStores } from '../../storage/stores';
import { editOf } from './edits';
import { requireNewOwner } from './jiraChecks';
import { readOrUnreadable } from './unreadable';
import type { NoteSave } from './noteSchemas';

/** Projects read at once: each is one storage query. */
const PROJECTS_IN_FLIGHT = 8;

type NoteList = ReviewNoteApi['notes/list']['data'];

/** By product, then review month, then the order they were taken in, so the page need not sort. */
function byProjectAndMonth(a: ReviewNote, b: ReviewNote): number {
  return a.projectKey.localeCompare(b.projectKey) || a.month.localeCompare(b.month) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/**
 * The notes of `months` (sorted `YYYY-MM`) for `projectKeys`, which the caller has already been
 * checked to browse: storage is shared by every user, so it is only ever read for those projects.
 */
export async function listReviewNotes(stores: RecordStores, projectKeys: readonly string[], months: readonly string[]): Promise<NoteList> {
  const [from, to] = [months[0], months[months.length - 1]];
  if (from === undefined || to === undefined) return { projectKeys: [...projectKeys], months: [], notes: [], unreadable: [] };
  const wanted = new Set(months);
  // One bad store never blanks every product's notes: that product's are left out, and why is said.
  const perProject = await mapConcurrent(projectKeys, PROJECTS_IN_FLIGHT, async (projectKey) => ({
    projectKey,
    ...(await readOrUnreadable(`the notes of ${projectKey} are`, () => stores.notes.list(projectKey, { from, to }))),
  }));
  const notes = perProject.flatMap((each) => ('read' in each ? each.read : [])).filter((note) => wanted.has(note.month));
  const unreadable = perProject.flatMap((each) => ('unreadable' in each ? [{ projectKey: each.projectKey, message: each.unreadable }] : []));
  return { projectKeys: [...projectKeys], months: [...months], notes: notes.sort(byProjectAndMonth), unreadable };
}

function fieldsOf(input: NoteSave): ReviewNoteFields {
  const { month, decision, action, ownerAccountId, dueDate, actionState } = input;
  return { month, decision, action, ownerAccountId, dueDate, actionState };
}

/**
 * Creates or updates a note under the version rule; the change is appended to its history in the same
 * commit. A new owner must be a user of the site, as a risk's must (`requireSiteUser`).
 */
export async function saveReviewNote(jira: JiraClient, stores: RecordStores, projectKey: string, input: NoteSave, audit: Audit): Promise<ReviewNote> {
  const edit = editOf(input, 'note');
  const current = edit === undefined ? undefined : await stores.notes.get(projectKey, edit.id);
  await requireNewOwner(jira, input.ownerAccountId, current?.ownerAccountId, 'note.ownerAccountId');
  return stores.notes.save(projectKey, edit, fieldsOf(input), audit);
}

export async function deleteReviewNote(
  stores: RecordStores,
  projectKey: string,
  id: string,
  version: number,
  audit: Audit,
): Promise<{ id: string; deleted: true }> {
  await stores.notes.delete(projectKey, id, version, audit);
  return { id, deleted: true };
}

export function reviewNoteHistory(stores: RecordStores, projectKey: string, id: string, cursor?: string): Promise<HistoryPage<ReviewNoteChange>> {
  return stores.notes.history(projectKey, id, cursor);
}
