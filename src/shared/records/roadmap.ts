import type { StoredRecord } from './stored';

/** Roadmap items (milestones with a business outcome) and the fiscal year the roadmap is laid out in. */

export const ROADMAP_STATUSES = ['planned', 'in-progress', 'delivered', 'at-risk', 'missed'] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

export interface RoadmapFields {
  title: string;
  outcome: string;
  /** `YYYY-MM`. */
  targetMonth: string;
  status: RoadmapStatus;
  linkedIssueKeys: string[];
  versionId?: string;
}
export interface RoadmapItem extends StoredRecord, RoadmapFields {}
/** Derived from the linked epics' standard issues: resolved points over all points. */
export interface RoadmapProgress {
  donePoints: number;
  totalPoints: number;
  /** donePoints / totalPoints; null when the epics carry no points. */
  ratio: number | null;
}
export interface RoadmapItemView extends RoadmapItem {
  fiscalYear: number;
  progress: RoadmapProgress;
}

function monthText(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * The 12 months (`YYYY-MM`) of fiscal year `fiscalYear`, which starts in month `startMonth` of calendar
 * year `fiscalYear` (so with an April start, fiscal year 2026 runs 2026-04 … 2027-03).
 * @example fiscalYearMonths(2026, 4) // ['2026-04', …, '2027-03']
 */
export function fiscalYearMonths(fiscalYear: number, startMonth: number): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const zeroBased = startMonth - 1 + index;
    return monthText(fiscalYear + Math.floor(zeroBased / 12), (zeroBased % 12) + 1);
  });
}

/** The fiscal year a `YYYY-MM` month falls in. @example fiscalYearOf('2027-03', 4) // 2026 */
export function fiscalYearOf(month: string, startMonth: number): number {
  const [year, monthNumber] = month.split('-').map(Number);
  return (monthNumber ?? 1) >= startMonth ? (year ?? 0) : (year ?? 0) - 1;
}

/** How a fiscal year is named: `FY 2026` when it is a calendar year, else `FY 2026–27`. */
export function fiscalYearLabel(fiscalYear: number, startMonth: number): string {
  return startMonth === 1 ? `FY ${fiscalYear}` : `FY ${fiscalYear}–${String((fiscalYear + 1) % 100).padStart(2, '0')}`;
}
