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
}

export interface BoardVelocity {
  id: number;
  name: string;
  /** The board's estimation field, as its configuration names it. */
  estimationFieldId: string | null;
  sprints: SprintFigures[];
  /** Mean completed of the last 3 closed sprints; null when the board has no closed sprint. */
  velocity: number | null;
}

export interface ProductFigures {
  project: string;
  projectName: string;
  workload: { months: WorkloadMonth[] };
  inFlight: WorkloadByBucket;
  velocity: { boards: BoardVelocity[] };
  /** Σ completed of the project's boards' sprints completed in each month of the window. */
  deliveredPoints: { month: string; points: number }[];
}

export type { WorkType, WorkBucket };
