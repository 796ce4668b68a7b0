import { issueDeletedEvent } from '../events';
import { HttpError } from '../http';
import type { SiteView } from '../siteView';
import { issueProject, visibleIssue } from './record';

/**
 * `DELETE /rest/api/3/issue/{key}`: needs Delete Issues. An issue with sub-tasks is deleted only with
 * `deleteSubtasks=true`, and then its sub-tasks go too, each with its own event, as in Jira.
 */
export function deleteIssue(view: SiteView, issueIdOrKey: string, options: { deleteSubtasks: boolean }): void {
  const issue = visibleIssue(view, issueIdOrKey);
  if (!view.hasPermission(issueProject(view, issue), 'DELETE_ISSUES')) throw new HttpError(403, 'You do not have permission to delete this issue.');
  const subtasks = view.fixture.issues.filter((i) => i.fields.parent?.id === issue.id && i.fields.issuetype.subtask);
  if (subtasks.length > 0 && !options.deleteSubtasks) {
    throw new HttpError(400, 'The issue has subtasks. To delete the issue, set deleteSubtasks to true.');
  }
  for (const doomed of [...subtasks, issue]) {
    view.index.removeIssue(doomed);
    view.index.events.deliver(issueDeletedEvent(doomed, view.user.accountId));
  }
}
