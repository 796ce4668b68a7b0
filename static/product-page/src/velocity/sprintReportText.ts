import type { SprintFigures, SprintOutcome, SprintReportIssue } from '../../../../src/shared/figures';
import { formatPoints } from '../../../common/format';

/**
 * The words of a sprint report (METRICS.md, Velocity, contract v2): how its commitment and completed
 * figures were made, in a product owner's terms. Pure, so every wording is unit-tested on literal cases.
 */

/** Jira's sprint report order: what counted first, what was taken out last. */
export const OUTCOME_ORDER: readonly SprintOutcome[] = ['completed', 'notCompleted', 'completedOutside', 'removed'];

export const OUTCOME_TITLES: Record<SprintOutcome, string> = {
  completed: 'Completed',
  notCompleted: 'Not completed',
  completedOutside: 'Completed outside this sprint',
  removed: 'Removed from the sprint',
};

export const ADDED_MARK = '*';
export const ADDED_LEGEND = `${ADDED_MARK} Added to the sprint after it started, so not in its commitment.`;

/** Figures stored as sums of estimates may differ from the issues' sum by float rounding only. */
const SAME_SUM = 1e-6;

/** `1 issue`, `2 issues`, `0 issues`. */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `1 point`, `2.5 points`. */
export function pointsOf(points: number): string {
  return `${formatPoints(points)} ${points === 1 ? 'point' : 'points'}`;
}

/** An estimate as the report shows it: empty is an en dash, as Jira's report shows it. */
export function formatEstimate(estimate: number | null): string {
  return estimate === null ? '–' : formatPoints(estimate);
}

/** `3 → 5`, `– → 2`. */
export function estimateChange(issue: SprintReportIssue): string {
  return `${formatEstimate(issue.estimateAtStart)} → ${formatEstimate(issue.estimateAtEnd)}`;
}

export interface ReportSums {
  committed: number;
  completed: number;
}

/** What the issues add up to: the start estimates of those in the commitment, the end estimates of those completed. */
export function reportSums(issues: readonly SprintReportIssue[]): ReportSums {
  return {
    committed: issues.filter((issue) => issue.inCommitment).reduce((sum, issue) => sum + (issue.estimateAtStart ?? 0), 0),
    completed: issues.filter((issue) => issue.outcome === 'completed').reduce((sum, issue) => sum + (issue.estimateAtEnd ?? 0), 0),
  };
}

/** `; 2 done before the sprint are not counted`, or nothing when none. */
function notCounted(count: number, why: string): string[] {
  if (count === 0) return [];
  return [`${count} ${why} ${count === 1 ? 'is' : 'are'} not counted`];
}

/** ` (1 without an estimate counts 0)`, or nothing when every counted issue has one. */
function unestimated(count: number): string {
  if (count === 0) return '';
  return ` (${count} without an estimate ${count === 1 ? 'counts' : 'count'} 0)`;
}

interface Counted {
  count: number;
  /** `in the sprint when it started`. */
  what: string;
  /** When the estimates counted were read: `then`. */
  when: string;
  /** The sentence for none (`no issue was …`), which reads differently. */
  none: string;
  withoutEstimate: number;
}

/** `8 issues <what>, at their estimates <when>`. */
function counted({ count, what, when, none, withoutEstimate }: Counted): string {
  if (count === 0) return none;
  return `${countOf(count, 'issue', 'issues')} ${what}, at ${count === 1 ? 'its estimate' : 'their estimates'} ${when}${unestimated(withoutEstimate)}`;
}

/**
 * Example: "Commitment 34 points = 8 issues in the sprint when it started, at their estimates then;
 * 2 done before the sprint are not counted."
 */
export function commitmentLine(sprint: SprintFigures): string {
  const inCommitment = sprint.issues.filter((issue) => issue.inCommitment);
  const without = inCommitment.filter((issue) => issue.estimateAtStart === null).length;
  const what = 'in the sprint when it started';
  const total = counted({ count: inCommitment.length, what, when: 'then', none: `no issue was ${what}`, withoutEstimate: without });
  const parts = [
    `Commitment ${pointsOf(sprint.committed)} = ${total}`,
    ...notCounted(sprint.issues.filter((issue) => issue.notCountedAtStart === 'done').length, 'done before the sprint'),
    ...notCounted(sprint.issues.filter((issue) => issue.notCountedAtStart === 'unmapped').length, 'in a status on no column of the board'),
    ...notCounted(sprint.issues.filter((issue) => issue.addedDuringSprint).length, `added after it started (${ADDED_MARK})`),
  ];
  return `${parts.join('; ')}.`;
}

function doneColumnWords(doneColumn: string | null): string {
  return doneColumn === null ? 'the board’s right-most column' : `${doneColumn} (the board’s right-most column)`;
}

/**
 * Example: "Completed 21 points = 6 issues that reached Done (the board's right-most column) during the
 * sprint, at their estimates when it ended; 1 done before it joined the sprint is not counted."
 */
export function completedLine(sprint: SprintFigures, doneColumn: string | null): string {
  const completed = sprint.issues.filter((issue) => issue.outcome === 'completed');
  const outside = sprint.issues.filter((issue) => issue.outcome === 'completedOutside');
  const beforeStart = outside.filter((issue) => issue.notCountedAtStart === 'done').length;
  const column = doneColumnWords(doneColumn);
  const without = completed.filter((issue) => issue.estimateAtEnd === null).length;
  const what = `that reached ${column} during the sprint`;
  const total = counted({
    count: completed.length,
    what,
    when: 'when it ended',
    none: `no issue reached ${column} during the sprint`,
    withoutEstimate: without,
  });
  const parts = [
    `Completed ${pointsOf(sprint.completed)} = ${total}`,
    ...notCounted(beforeStart, 'done before the sprint started'),
    ...notCounted(outside.length - beforeStart, 'done before it joined the sprint'),
  ];
  return `${parts.join('; ')}.`;
}

function whyNeither(issue: SprintReportIssue): string {
  if (issue.notCountedAtStart === 'done') return 'done before the sprint started';
  if (issue.outcome === 'completedOutside') return 'done before it joined the sprint';
  if (issue.notCountedAtStart === 'unmapped') return 'in a status on no column of the board at the start';
  return issue.addedDuringSprint ? 'added after the start' : 'not done at the end';
}

/** Which of the sprint's two figures an issue counts in, and why neither when it counts in none. */
export function countedIn(issue: SprintReportIssue): string {
  const completed = issue.outcome === 'completed';
  if (issue.inCommitment && completed) return 'Commitment and completed';
  if (issue.inCommitment) return 'Commitment';
  if (completed) return 'Completed';
  return `Neither: ${whyNeither(issue)}`;
}

export interface OutcomeGroup {
  outcome: SprintOutcome;
  title: string;
  issues: SprintReportIssue[];
}

/** The sprint's issues by outcome, in Jira's order, leaving out outcomes no issue had. */
export function outcomeGroups(issues: readonly SprintReportIssue[]): OutcomeGroup[] {
  return OUTCOME_ORDER.map((outcome) => ({ outcome, title: OUTCOME_TITLES[outcome], issues: issues.filter((issue) => issue.outcome === outcome) })).filter(
    (group) => group.issues.length > 0,
  );
}

/** `Completed: 6 issues, 21 points at the end`. */
export function groupHeading(group: OutcomeGroup): string {
  const points = group.issues.reduce((sum, issue) => sum + (issue.estimateAtEnd ?? 0), 0);
  return `${group.title}: ${countOf(group.issues.length, 'issue', 'issues')}, ${pointsOf(points)} at the end`;
}

/**
 * Why the listed issues cannot be checked against the figures, or null when they add up. Figures
 * taken before the report was kept have no issues; anything else that differs is a fault to report.
 */
export function reportProblem(sprint: SprintFigures): string | null {
  const sums = reportSums(sprint.issues);
  const adds = Math.abs(sums.committed - sprint.committed) < SAME_SUM && Math.abs(sums.completed - sprint.completed) < SAME_SUM;
  if (adds) return null;
  if (sprint.issues.length === 0) return 'These figures were taken without the sprint’s issues. Refresh reads them from Jira again.';
  return (
    `The issues listed add up to ${pointsOf(sums.committed)} committed and ${pointsOf(sums.completed)} completed, ` +
    `not the ${formatPoints(sprint.committed)} and ${formatPoints(sprint.completed)} of the figures. Refresh reads them from Jira again; tell your Jira admin if it stays.`
  );
}
