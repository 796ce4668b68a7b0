import type { DeliveryFigures, FlowByBucket, ProductFigures, Signal, SignalCode, SprintReportIssue, WorkloadByBucket, WorkloadShares } from './figures';
import type { WorkBucket, WorkType, WorkTypeSource } from './workTypes';

/**
 * The contract between the Custom UI and the resolvers for the figure surfaces: each key with its
 * payload and its data. The project or issue always comes from the Forge context, never the payload.
 */
export interface SiteClock {
  now: string;
  timeZone: string;
}

/**
 * How fresh the stored figures a page shows are. Figures are computed in the background (a queue
 * consumer, as the app) and stored; pages read them. `ready`: a snapshot exists (`asOf` says when it
 * was taken; a newer one may be on its way); `computing`: the first snapshot is being built;
 * `failed`: the first snapshot could not be built (`lastError` says why; it is retried).
 */
export type SnapshotStatus = 'ready' | 'computing' | 'failed';

export interface SnapshotInfo {
  status: SnapshotStatus;
  /** When the figures were taken from Jira (ISO 8601); null before the first snapshot. */
  asOf: string | null;
  /** A refresh is queued or running. */
  refreshing: boolean;
  /** The last refresh's failure in words, when it failed; null otherwise. */
  lastError: string | null;
}

export interface ProductOverview {
  site: SiteClock;
  product: ProductFigures;
  /** Per month of `product.workload.months`, by points and by count. */
  shares: { month: string; byPoints: WorkloadShares; byCount: WorkloadShares }[];
  inFlightShares: { byPoints: WorkloadShares; byCount: WorkloadShares };
  /** The project's epics, with how each one's work type was decided. */
  epics: EpicSummary[];
  /** Whether the viewer may tag epics (Edit Issues on the project). */
  canEdit: boolean;
}

export interface EpicSummary {
  key: string;
  summary: string;
  statusCategory: 'new' | 'indeterminate' | 'done';
  workType: WorkBucket;
  source: WorkTypeSource;
  /** Story points of its standard issues: resolved, and not yet resolved. */
  deliveredPoints: number;
  remainingPoints: number;
}

export interface EpicDetail extends EpicSummary {
  /** Whether the viewer may change the tag (Edit Issues on the project). */
  canEdit: boolean;
}

export interface PortfolioProductRow {
  project: string;
  projectName: string;
  /** Delivered workload of the last 3 months (the quarter under review). */
  quarter: WorkloadByBucket;
  quarterShares: WorkloadShares;
  /** Mean completed of the last 3 closed sprints, summed over the product's boards; null with none. */
  velocity: number | null;
  /** The same figure 3 sprints earlier, to show a trend; null with too few sprints. */
  previousVelocity: number | null;
  /** Σ completed / Σ committed over the last 3 closed sprints of all its boards; null with no commitment. */
  sayDo: number | null;
  /** Delivered points of each of the last 12 months, oldest first: the sparkline beside the quarter's mix. */
  monthlyPoints: { month: string; points: number }[];
  flow: FlowByBucket;
  delivery: DeliveryFigures;
  /** The signals that follow from Jira's data alone (the overview adds the records-based ones). */
  signals: Signal[];
}

/** A product's records as the monthly review reads them. */
export interface PortfolioRecordFigures {
  /** Open risks by band of their severity (likelihood × impact, METRICS.md), as the register's band column shows it. */
  openRisks: { low: number; medium: number; high: number };
  /** Open risks whose current severity is above the product's risk appetite. */
  aboveAppetite: number;
  /** The next roadmap item not yet delivered or missed, by target month; null when none. */
  nextMilestone: { title: string; targetMonth: string; status: string } | null;
  /** Released versions whose impact analysis is due and not done. */
  analysesDue: number;
}

/** Last month's closing figures of a product, beside this month's, and the signals that changed. */
export interface MonthOverMonth {
  /** The month closed (`YYYY-MM`). */
  month: string;
  quarterPoints: number;
  velocity: number | null;
  sayDo: number | null;
  signals: SignalCode[];
  /** Signals now that were not at last month's close, and those that were and are not now. */
  appeared: SignalCode[];
  cleared: SignalCode[];
}

/** The Product tab's answer: the figures once a snapshot is ready, else only how it is coming along. */
export type ProductTabData =
  | (ProductOverview & { snapshot: SnapshotInfo & { status: 'ready' }; asOf: string })
  | { snapshot: SnapshotInfo & { status: 'computing' | 'failed' }; asOf: null; canEdit: boolean };

/**
 * One product of the Portfolio review from its snapshot; the figures only once it is ready. A ready
 * row's `signals` holds every signal, records-based ones included; `lastMonth` is null before a month
 * has closed since the product's first snapshot.
 */
export type PortfolioOverviewRow =
  | ({
      projectKey: string;
      projectName: string;
      snapshot: SnapshotInfo & { status: 'ready' };
      records: PortfolioRecordFigures;
      /** Why the product's records could not be read; `records` then counts none. Absent when they were read. */
      recordsUnreadable?: string;
      lastMonth: MonthOverMonth | null;
    } & PortfolioProductRow)
  | { projectKey: string; projectName: string; snapshot: SnapshotInfo & { status: 'computing' | 'failed' } };

/** The Portfolio review from snapshots: every product the viewer may browse, and only those. */
export interface PortfolioSnapshotOverview {
  /** The site clock of the newest snapshot; null while none is ready. */
  site: SiteClock | null;
  /** The quarter under review (the last 3 months of the newest snapshot). */
  months: string[];
  products: PortfolioOverviewRow[];
  /** Σ over the ready products. */
  total: WorkloadByBucket;
  totalShares: WorkloadShares;
}

/** A product's record highlights for the monthly portfolio review. */
export interface PortfolioRecordRow {
  project: string;
  projectName: string;
  openRisks: { low: number; medium: number; high: number };
  roadmap: { total: number; atRisk: number; missed: number; delivered: number };
  /** Released versions whose impact analysis is past due. */
  analysesDue: number;
}

export interface FigureApi {
  'figures/get': { payload: { months?: number }; data: ProductTabData };
  /** One closed sprint's report, as the viewer may see it (for a sprint `figures/get` sent without its issues). */
  'sprint/report': { payload: { boardId: number; sprintId: number }; data: { issues: SprintReportIssue[] } };
  /** Queues a refresh of the context's project; answers how its snapshot stands now. */
  'snapshot/refresh': { payload: Record<string, never>; data: SnapshotInfo };
  'epics/tag': { payload: { issueKeys: string[]; workType: WorkType }; data: { updated: string[] } };
  'epic/get': { payload: Record<string, never>; data: EpicDetail };
  'epic/tag': { payload: { workType: WorkType }; data: EpicDetail };
  'portfolio/overview': { payload: Record<string, never>; data: PortfolioSnapshotOverview };
  /** Queues a refresh of every product the viewer may browse. */
  'portfolio/refresh': { payload: Record<string, never>; data: { queued: number } };
  'portfolio/records': { payload: Record<string, never>; data: { products: PortfolioRecordRow[] } };
}
