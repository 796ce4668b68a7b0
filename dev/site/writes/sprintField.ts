import type { FixtureChangeHistory, FixtureIssue, FixtureSprint } from '../fixture';
import type { SiteView } from '../siteView';
import { changeItem, recordChange } from './record';

/**
 * Setting an issue's Sprint field as Jira does: the field lists every sprint the issue has been in
 * that is closed, plus at most one open (active or future) sprint; the change item carries the ids and
 * names before and after, comma-separated, with "" for none.
 */
export function isOpen(view: SiteView, sprintId: number): boolean {
  const state = view.index.sprintById.get(sprintId)?.state;
  return state === 'active' || state === 'future';
}

function sprintRef(sprint: FixtureSprint): Record<string, unknown> {
  return { id: sprint.id, name: sprint.name, state: sprint.state, boardId: sprint.originBoardId };
}

function describeIds(view: SiteView, ids: readonly number[]): { ids: string; names: string } {
  const names = ids.map((id) => view.index.sprintById.get(id)?.name ?? String(id));
  return { ids: ids.join(', '), names: names.join(', ') };
}

/** Sets the issue's sprints to `ids` (in that order) with one change history; null when nothing changed. */
export function setSprints(view: SiteView, issue: FixtureIssue, ids: readonly number[]): FixtureChangeHistory | null {
  const fieldId = view.index.sprintFieldId;
  if (fieldId === undefined) return null;
  const before = view.sprintIdsOf(issue);
  if (before.length === ids.length && before.every((id, i) => id === ids[i])) return null;
  const sprints = ids.flatMap((id) => view.index.sprintById.get(id) ?? []);
  issue.fields[fieldId] = sprints.length === 0 ? null : sprints.map(sprintRef);
  const from = describeIds(view, before);
  const to = describeIds(view, ids);
  const item = changeItem('Sprint', fieldId, { from: from.ids, fromString: from.names, to: to.ids, toString: to.names });
  return recordChange(view, issue, [item]);
}

/** After a sprint's state or name changes, the copies of it in issues' Sprint fields follow (no history: Jira logs none). */
export function refreshSprintRefs(view: SiteView, sprint: FixtureSprint): void {
  const fieldId = view.index.sprintFieldId;
  if (fieldId === undefined) return;
  for (const issue of view.fixture.issues) {
    const value = issue.fields[fieldId];
    if (!Array.isArray(value) || !view.sprintIdsOf(issue).includes(sprint.id)) continue;
    issue.fields[fieldId] = value.map((ref: unknown) =>
      typeof ref === 'object' && ref !== null && 'id' in ref && ref.id === sprint.id ? sprintRef(sprint) : ref,
    );
  }
  view.index.noteWrite();
}
