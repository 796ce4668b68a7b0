import type { WorkBucket, WorkType } from './workTypes';

/** Issues and story points of one work type. */
export interface CountAndPoints {
  count: number;
  points: number;
}

export type WorkloadByBucket = Record<WorkBucket, CountAndPoints>;

/** Delivered workload of one calendar month (`YYYY-MM` in the site's time zone). */
export interface WorkloadMonth extends WorkloadByBucket {
  month: string;
}

/** Share of each bucket in a month; `null` when the month has no work (no 0 %, no NaN). */
export type WorkloadShares = Record<WorkBucket, number> | null;

/**
 * How one issue ended a sprint, as Jira's sprint report says (docs/METRICS.md, Velocity, contract v2):
 * `completed` counts in the sprint's completed figure; `completedOutside` was in the right-most column
 * at the end but got there before the sprint started or before it joined the sprint; `notCompleted`
 * was in the sprint at its end and not done; `removed` left the sprint before its end.
 */
export type SprintOutcome = 'completed' | 'notCompleted' | 'removed' | 'completedOutside';

/** One issue of a sprint's report: the sprint report behind every velocity figure. */
export interface SprintReportIssue {
  key: string;
  outcome: SprintOutcome;
  /** Counted in the sprint's commitment. */
  inCommitment: boolean;
  /** Joined the sprint after it started (Jira's `*`). */
  addedDuringSprint: boolean;
  /** The board's estimate at the sprint's start and at its end; null when empty or not a number. */
  estimateAtStart: number | null;
  estimateAtEnd: number | null;
  /**
   * Why an issue in the sprint at its start is not in the commitment: it was already done (in the
   * right-most column), or in a status no column of the board holds. Null otherwise.
   */
  notCountedAtStart: 'done' | 'unmapped' | null;
}

/** Jira's velocity chart figures for one closed sprint. */
export interface SprintFigures {
  id: number;
  name: string;
  startDate: string;
  completeDate: string;
  committed: number;
  completed: number;
  /** completed / committed; null when nothing was committed. */
  sayDo: number | null;
  /** The sprint report: every issue of the board that was in the sprint at some point while it ran, by key. */
  issues: SprintReportIssue[];
  /**
   * Set by `figures/get` on sprints older than the last few of their board, whose issues it leaves
   * out to keep the Product tab's answer small; `sprint/report` answers them when a person opens one.
   */
  issuesOmitted?: true;
}

export interface BoardVelocity {
  id: number;
  name: string;
  /** The board's estimation field, as its configuration names it. */
  estimationFieldId: string | null;
  /** The board's right-most column: an issue is done when its status is in it; null when the board has no columns. */
  doneColumn: string | null;
  sprints: SprintFigures[];
  /** Mean completed of the last 3 closed sprints; null when the board has no closed sprint. */
  velocity: number | null;
}

/** Flow metrics of one work type over the last 3 months (docs/METRICS.md, Flow metrics). */
export interface FlowFigures {
  /** Issues resolved in the 3 months. */
  velocity: number;
  /** Flow time (work started → resolved) of those issues, in days: median and 85th percentile; null when none. */
  timeMedianDays: number | null;
  time85Days: number | null;
  /** Issues started and not done now. */
  load: number;
}

export type FlowByBucket = Record<WorkBucket | 'all', FlowFigures>;

/** Jira-based proxies of the DORA keys over the workload window (docs/METRICS.md, Delivery metrics). */
export interface DeliveryFigures {
  releases: { month: string; count: number }[];
  /** Releases per month. */
  releaseFrequency: number;
  /** Lead time for changes: days from resolution to release, median; null when nothing was released. */
  leadTimeMedianDays: number | null;
  /** Share of releases followed by a new defect within 14 days; null with no release. */
  changeFailureRate: number | null;
  /** Median days those defects took from created to resolved; null when none was resolved. */
  timeToRestoreMedianDays: number | null;
}

/**
 * A health signal of the Portfolio review (docs/METRICS.md, Health signals). The first four follow
 * from Jira's data; the last three from the app's records.
 */
export const SIGNAL_CODES = [
  'no-risk-or-debt',
  'untagged-work',
  'velocity-drop',
  'overcommitment',
  'risk-review-overdue',
  'analysis-overdue',
  'roadmap-slipping',
] as const;
export type SignalCode = (typeof SIGNAL_CODES)[number];

export interface Signal {
  code: SignalCode;
  /** Why, in words, with the numbers: "Velocity 18 pts, down 31 % from 26 over the previous 3 sprints". */
  reason: string;
}

export interface ProductFigures {
  project: string;
  projectName: string;
  workload: { months: WorkloadMonth[] };
  inFlight: WorkloadByBucket;
  velocity: { boards: BoardVelocity[] };
  /** Σ completed of the project's boards' sprints completed in each month of the window. */
  deliveredPoints: { month: string; points: number }[];
  flow: FlowByBucket;
  delivery: DeliveryFigures;
  /** The signals that follow from Jira's data alone. */
  signals: Signal[];
}

export type { WorkType, WorkBucket };
