/**
 * The domain's view of a Jira issue: only what the metrics contract reads, already parsed.
 * Shells build these from Jira responses; domain functions never see raw REST shapes.
 */
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

/** Hierarchy levels as Jira Cloud reports them in `issuetype.hierarchyLevel`. */
export const EPIC_LEVEL = 1;
export const STANDARD_LEVEL = 0;
export const SUBTASK_LEVEL = -1;

export interface IssueParentRef {
  key: string;
  hierarchyLevel: number;
}

export interface IssueSnapshot {
  id: string;
  key: string;
  hierarchyLevel: number;
  issueTypeName: string;
  statusCategory: StatusCategoryKey;
  /** In the order Jira returns them. */
  labels: readonly string[];
  /** ISO 8601 instant, or null while unresolved. */
  resolutionDate: string | null;
  parent: IssueParentRef | null;
  /** The raw value of the `product-work-type` entity property; undefined when the issue has none. */
  workTypeProperty?: unknown;
  /** Current value of the story point field used for workload; null when empty. */
  storyPoints: number | null;
}

/** One change to one field, as the changelog records it. */
export interface FieldChange {
  /** Epoch milliseconds of the change history's `created`. */
  at: number;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

/**
 * What velocity needs of an issue: its current values and the changes to the three fields it replays,
 * each list in any order (the replay sorts nothing and relies on no order).
 */
export interface IssueTimeline {
  issueId: string;
  key: string;
  /** Epoch milliseconds of the issue's creation: the instant of its first values. */
  created: number;
  hierarchyLevel: number;
  current: { sprintIds: readonly number[]; estimate: number | null; statusId: string };
  sprintChanges: readonly FieldChange[];
  estimateChanges: readonly FieldChange[];
  statusChanges: readonly FieldChange[];
}
