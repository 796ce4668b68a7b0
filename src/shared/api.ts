import type { ProductFigures, WorkloadByBucket, WorkloadShares } from './figures';
import type { WorkBucket, WorkType, WorkTypeSource } from './workTypes';

/**
 * The contract between the Custom UI and the resolvers for the figure surfaces: each key with its
 * payload and its data. The project or issue always comes from the Forge context, never the payload.
 */
export interface SiteClock {
  now: string;
  timeZone: string;
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
}

export interface PortfolioOverview {
  site: SiteClock;
  months: string[];
  products: PortfolioProductRow[];
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
  'figures/get': { payload: { months?: number }; data: ProductOverview };
  'epics/tag': { payload: { issueKeys: string[]; workType: WorkType }; data: { updated: string[] } };
  'epic/get': { payload: Record<string, never>; data: EpicDetail };
  'epic/tag': { payload: { workType: WorkType }; data: EpicDetail };
  'portfolio/get': { payload: { months?: number }; data: PortfolioOverview };
  'portfolio/records': { payload: Record<string, never>; data: { products: PortfolioRecordRow[] } };
}
