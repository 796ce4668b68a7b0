import type { FixtureChangeHistory, FixtureChangeItem, FixtureIssue, FixtureProject } from '../fixture';
import { issueUpdatedEvent } from '../events';
import { HttpError } from '../http';
import type { SiteView } from '../siteView';

/**
 * What every write to an issue shares: finding the issue as the caller sees it, checking they may edit
 * it, and appending the change history Jira would, then delivering the update event.
 */
export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

export function visibleIssue(view: SiteView, idOrKey: string): FixtureIssue {
  const issue = view.issue(idOrKey);
  if (!issue) throw new HttpError(404, ISSUE_NOT_FOUND);
  return issue;
}

export function issueProject(view: SiteView, issue: FixtureIssue): FixtureProject {
  const project = view.project(issue.fields.project.id);
  if (!project) throw new HttpError(404, ISSUE_NOT_FOUND);
  return project;
}

export function canEdit(view: SiteView, issue: FixtureIssue): boolean {
  return view.hasPermission(issueProject(view, issue), 'EDIT_ISSUES');
}

/** A change item with every value key present, as the fixture stores them. */
export function changeItem(field: string, fieldId: string, values: Pick<FixtureChangeItem, 'from' | 'fromString' | 'to' | 'toString'>): FixtureChangeItem {
  const fieldtype = fieldId.startsWith('customfield_') ? 'custom' : 'jira';
  return { field, fieldtype, fieldId, from: values.from, fromString: values.fromString, to: values.to, toString: values.toString };
}

/**
 * Appends one change history made now by the caller, bumps `updated`, and delivers
 * `avi:jira:updated:issue` once the issue holds the change. No items, no history: nothing changed.
 */
export function recordChange(view: SiteView, issue: FixtureIssue, items: readonly FixtureChangeItem[]): FixtureChangeHistory | null {
  if (items.length === 0) return null;
  const { index } = view;
  const history: FixtureChangeHistory = {
    id: index.nextHistoryId(),
    created: index.clock.instant(),
    author: { accountId: view.user.accountId },
    items: [...items],
  };
  issue.changelog.push(history);
  issue.fields.updated = history.created;
  index.noteWrite();
  index.events.deliver(issueUpdatedEvent(issue, history, view.user.accountId));
  return history;
}
