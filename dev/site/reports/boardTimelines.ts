import type { FixtureBoard, FixtureIssue, FixtureStatus } from '../fixture';
import { matchingIssues } from '../jql';
import { boardColumns, boardFilter } from '../routes/boardConfiguration';
import type { SiteView } from '../siteView';
import { parseInstant } from '../time';
import { currentEstimate, estimateOf, siteFieldRef, sprintIds, trackOf, type Track } from './fieldHistory';
import type { BoardColumnSets, IssueTimeline } from './sprintFigures';

/** What a board's reports count: its standard issues, their histories, and its columns. */

/**
 * The standard issues matching the board's filter that the viewer may see. The filter runs as the app
 * and the result is then narrowed, because a filter naming a project the viewer may not browse still
 * shows them the rest, where a JQL search of theirs would fail on that project.
 */
export function boardIssues(board: FixtureBoard, view: SiteView): FixtureIssue[] {
  return matchingIssues(boardFilter(board).jql, view.index.appView()).filter((issue) => issue.fields.issuetype.hierarchyLevel === 0 && view.canSee(issue));
}

export function boardColumnSets(board: FixtureBoard, statuses: readonly FixtureStatus[]): BoardColumnSets {
  const columns = boardColumns(board, statuses);
  return { mapped: new Set(columns.flatMap((c) => c.statusIds)), done: new Set(columns.at(-1)?.statusIds ?? []) };
}

/** A board estimating by issue count (no field) counts every issue as 1, as Jira's Issue Count statistic does. */
function estimateTrack(issue: FixtureIssue, board: FixtureBoard, view: SiteView): Track<number> {
  const field = board.estimation.field;
  if (field === undefined) return { current: 1, changes: [] };
  return trackOf(
    issue,
    siteFieldRef(view.fixture.fields, field.fieldId, field.displayName),
    currentEstimate(issue.fields[field.fieldId]),
    estimateOf,
    'string',
  );
}

function sprintTrack(issue: FixtureIssue, view: SiteView): Track<readonly number[]> {
  const id = view.index.sprintFieldId;
  if (id === undefined) return { current: [], changes: [] };
  return trackOf(issue, siteFieldRef(view.fixture.fields, id, 'Sprint'), view.sprintIdsOf(issue), sprintIds, 'id');
}

export function timelineOf(issue: FixtureIssue, board: FixtureBoard, view: SiteView): IssueTimeline {
  return {
    key: issue.key,
    created: parseInstant(issue.fields.created) ?? 0,
    status: trackOf(issue, siteFieldRef(view.fixture.fields, 'status'), issue.fields.status.id, (value) => value ?? '', 'id'),
    sprints: sprintTrack(issue, view),
    estimate: estimateTrack(issue, board, view),
  };
}
