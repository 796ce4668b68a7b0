import type { FixtureChangeHistory, FixtureChangeItem, FixtureIssue, FixtureStatus } from '../fixture';
import { HttpError } from '../http';
import type { SiteView } from '../siteView';
import { canEdit, changeItem, recordChange, visibleIssue } from './record';

/**
 * A simple workflow: from any status, one transition to each other status, whose id is the target
 * status's id and whose name is the target's. Moving into the done category resolves the issue;
 * moving out of it unresolves it, as Jira's default workflow does.
 */
export interface Transition {
  id: string;
  name: string;
  to: FixtureStatus;
}

/** The transitions the caller may make; none for a user who may not edit the issue, as in Jira. */
export function issueTransitions(view: SiteView, issueIdOrKey: string): Transition[] {
  const issue = visibleIssue(view, issueIdOrKey);
  if (!canEdit(view, issue)) return [];
  return view.fixture.statuses.filter((s) => s.id !== issue.fields.status.id).map((to) => ({ id: to.id, name: to.name, to }));
}

interface Resolution {
  id: string;
  name: string;
}

/** Resolution ids by name as the site's histories use them, found once per site: the fixture lists no resolutions. */
const resolutionIds = new WeakMap<object, Map<string, string>>();

function knownResolutionIds(view: SiteView): Map<string, string> {
  const known = resolutionIds.get(view.index);
  if (known) return known;
  const ids = new Map<string, string>();
  for (const issue of view.fixture.issues) {
    for (const history of issue.changelog) {
      for (const item of history.items)
        if (item.fieldId === 'resolution' && item.to && item.toString && !ids.has(item.toString)) ids.set(item.toString, item.to);
    }
  }
  resolutionIds.set(view.index, ids);
  return ids;
}

/** "Won't Do" statuses resolve as Won't Do, other done statuses as Done, with the id the site's history uses. */
function resolutionFor(view: SiteView, status: FixtureStatus): Resolution {
  const name = status.name.toLowerCase() === "won't do" ? "Won't Do" : 'Done';
  return { id: knownResolutionIds(view).get(name) ?? (name === 'Done' ? '10000' : '10001'), name };
}

function resolutionItems(view: SiteView, issue: FixtureIssue, from: FixtureStatus, to: FixtureStatus): FixtureChangeItem[] {
  const wasDone = from.statusCategory.key === 'done';
  const isDone = to.statusCategory.key === 'done';
  if (wasDone === isDone) return [];
  const now = view.index.clock.instant();
  if (isDone) {
    const resolution = resolutionFor(view, to);
    issue.fields['resolution'] = { id: resolution.id, name: resolution.name };
    issue.fields.resolutiondate = now;
    return [changeItem('resolution', 'resolution', { from: null, fromString: null, to: resolution.id, toString: resolution.name })];
  }
  const old = currentResolution(issue);
  issue.fields['resolution'] = null;
  issue.fields.resolutiondate = null;
  return [changeItem('resolution', 'resolution', { from: old?.id ?? null, fromString: old?.name ?? null, to: null, toString: null })];
}

/** The resolution now: `fields.resolution` when the fixture has it, else the last resolution change. */
function currentResolution(issue: FixtureIssue): Resolution | null {
  const field = issue.fields['resolution'];
  if (typeof field === 'object' && field !== null && 'id' in field && 'name' in field && typeof field.id === 'string' && typeof field.name === 'string') {
    return { id: field.id, name: field.name };
  }
  const items = issue.changelog.flatMap((h) => h.items.filter((i) => i.fieldId === 'resolution'));
  const last = items[items.length - 1];
  return last?.to && last.toString ? { id: last.to, name: last.toString } : null;
}

/** `POST /issue/{key}/transitions`: moves the issue to the transition's status. */
export function transitionIssue(view: SiteView, issueIdOrKey: string, transitionId: string): FixtureChangeHistory | null {
  const issue = visibleIssue(view, issueIdOrKey);
  const transition = issueTransitions(view, issueIdOrKey).find((t) => t.id === transitionId);
  if (!transition) throw new HttpError(400, `Transition id '${transitionId}' is not valid for this issue.`);
  const from = issue.fields.status;
  const to = structuredClone(transition.to);
  issue.fields.status = to;
  const items = [
    changeItem('status', 'status', { from: from.id, fromString: from.name, to: to.id, toString: to.name }),
    ...resolutionItems(view, issue, from, to),
  ];
  return recordChange(view, issue, items);
}
