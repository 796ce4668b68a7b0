/**
 * The JSON shape of a generated site's expected figures: the shape of
 * test/fixtures/sample-site.expected.json plus `inFlight`, per-board `velocity`, each sprint's
 * `issues` (as sample-site-v2.expected.json has them, with the estimates), each product's `flow`,
 * `delivery` and figure-based `signals` (codes only) and the per-viewer `viewers`.
 */
import type { WorkBucket } from './fixture-types';

export interface CountPoints {
  count: number;
  points: number;
}

export type WorkloadJson = Record<WorkBucket, CountPoints>;

export type SprintOutcomeJson = 'completed' | 'notCompleted' | 'removed' | 'completedOutside';

/** One issue of a sprint's report (the sample-site-v2 expected file's fields, then the estimates and why it was not committed). */
export interface ExpectedSprintIssue {
  key: string;
  outcome: SprintOutcomeJson;
  inCommitment: boolean;
  addedDuringSprint: boolean;
  /** The board's estimate at the sprint's startDate and completeDate; null when empty. */
  estimateAtStart: number | null;
  estimateAtEnd: number | null;
  /** In the sprint at its start but not committed: already done, or in a status no column holds. */
  notCountedAtStart: 'done' | 'unmapped' | null;
}

export interface ExpectedSprint {
  id: number;
  name: string;
  committed: number;
  completed: number;
  /** Every issue of the board the viewer may see that was in the sprint at its start, at its end, or entered it in between, by key. */
  issues: ExpectedSprintIssue[];
}

export interface ExpectedBoard {
  id: number;
  name: string;
  sprints: ExpectedSprint[];
  /** Mean `completed` of the last 3 closed sprints by completeDate; null without closed sprints. */
  velocity: number | null;
}

/** Flow metrics of one work category over the last 3 months, keys in the app's order. */
export interface FlowFiguresJson {
  velocity: number;
  timeMedianDays: number | null;
  time85Days: number | null;
  load: number;
}

export type FlowJson = Record<WorkBucket | 'all', FlowFiguresJson>;

/** Delivery metrics over the workload window, keys in the app's order. */
export interface DeliveryJson {
  releases: Array<{ month: string; count: number }>;
  releaseFrequency: number;
  leadTimeMedianDays: number | null;
  changeFailureRate: number | null;
  timeToRestoreMedianDays: number | null;
}

/** The health signals that follow from Jira's data alone, in the contract's order. */
export type SignalCode = 'no-risk-or-debt' | 'untagged-work' | 'velocity-drop' | 'overcommitment';

export interface ExpectedProject {
  project: string;
  workload: { months: Array<{ month: string } & WorkloadJson> };
  velocity: { boards: ExpectedBoard[] };
  inFlight: WorkloadJson;
  flow: FlowJson;
  delivery: DeliveryJson;
  signals: SignalCode[];
}

/** A viewer's figures by project key; null where the viewer may not browse the project. */
export type ViewerFigures = Record<string, ExpectedProject | null>;

export interface ExpectedFigures {
  /** The site admin, who sees every project and every issue: `projects` is what they see. */
  viewer: string;
  months: number;
  projects: Record<string, ExpectedProject>;
  /** Every user's figures by account id, counting only the issues that user may see. */
  viewers: Record<string, ViewerFigures>;
}
