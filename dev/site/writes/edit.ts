import type { FixtureChangeHistory, FixtureChangeItem, FixtureIssue } from '../fixture';
import { HttpError } from '../http';
import type { SiteView } from '../siteView';
import { canEdit, changeItem, recordChange, visibleIssue } from './record';

/**
 * `PUT /rest/api/3/issue/{key}` with `fields`: the estimate (any board's estimation field, or a story
 * point field) and the summary. Anything else answers Jira's 400 naming the field, so a test cannot
 * believe the site stored a change it ignored.
 */
export const STORY_POINTS_TYPE = 'com.pyxis.greenhopper.jira:jsw-story-points';

function cannotSet(fieldId: string): string {
  return `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;
}

/** Estimation fields by id, with the name change items carry. */
export function estimationFields(view: SiteView): Map<string, string> {
  const names = new Map<string, string>();
  for (const field of view.fixture.fields) if (field.schema?.custom === STORY_POINTS_TYPE) names.set(field.id, field.name);
  for (const board of view.fixture.boards) {
    const field = board.estimation.field;
    if (field && !names.has(field.fieldId)) names.set(field.fieldId, view.fixture.fields.find((f) => f.id === field.fieldId)?.name ?? field.displayName);
  }
  return names;
}

function estimateText(value: unknown): string | null {
  return typeof value === 'number' ? String(value) : null;
}

function fieldChange(view: SiteView, issue: FixtureIssue, fieldId: string, value: unknown): FixtureChangeItem | null {
  const estimateName = estimationFields(view).get(fieldId);
  const old = issue.fields[fieldId];
  if (estimateName !== undefined) {
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value)))
      throw new HttpError(400, '', { [fieldId]: 'Operation value must be a number' });
    if ((old ?? null) === value) return null;
    issue.fields[fieldId] = value;
    return changeItem(estimateName, fieldId, { from: null, fromString: estimateText(old), to: null, toString: estimateText(value) });
  }
  if (fieldId === 'summary') {
    if (typeof value !== 'string' || value.trim() === '') throw new HttpError(400, '', { summary: 'You must specify a summary of the issue.' });
    if (old === value) return null;
    issue.fields.summary = value;
    return changeItem('summary', 'summary', { from: null, fromString: typeof old === 'string' ? old : null, to: null, toString: value });
  }
  throw new HttpError(400, '', { [fieldId]: cannotSet(fieldId) });
}

/** Applies the fields as one change history; null when nothing changed. */
export function editIssue(view: SiteView, issueIdOrKey: string, fields: Readonly<Record<string, unknown>>): FixtureChangeHistory | null {
  const issue = visibleIssue(view, issueIdOrKey);
  const ids = Object.keys(fields);
  if (!canEdit(view, issue)) throw new HttpError(400, '', Object.fromEntries(ids.map((id) => [id, cannotSet(id)])));
  // Checked on a copy first, so a bad field leaves the issue as it was, as Jira's edit is all or nothing.
  const trial = structuredClone(issue);
  for (const id of ids) fieldChange(view, trial, id, fields[id]);
  const items = ids.flatMap((id) => fieldChange(view, issue, id, fields[id]) ?? []);
  return recordChange(view, issue, items);
}
