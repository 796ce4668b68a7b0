import { tz } from '@date-fns/tz';
import { addMonths, format, parseISO } from 'date-fns';
import type { ProjectFacts } from '../../domain/facts';
import { monthOf } from '../../domain/months';
import { portfolioRow } from '../../domain/portfolio';
import { productTabFigures } from '../../domain/overview';
import { monthOverMonth, recordFigures, recordSignals, type ClosingFigures } from '../../domain/review';
import { visibleFacts, type ViewerAccess } from '../../domain/visibility';
import type { MonthOverMonth, PortfolioProductRow, PortfolioRecordFigures } from '../../shared/api';
import type { Signal } from '../../shared/figures';
import type { SnapshotHead } from '../../storage/snapshots/head';
import type { MonthClose } from '../../storage/snapshots/monthEnd';
import type { SnapshotStore } from '../../storage/snapshots/snapshotStore';
import type { RecordStores } from '../../storage/stores';
import { settingsOf } from '../records/profile';
import { readOrUnreadable } from '../records/unreadable';
import { SNAPSHOT_WINDOW_MONTHS } from './storeSnapshot';
import { audienceOf } from './viewerFigures';

/** The month before the one `instant` falls in, in `timeZone` (`YYYY-MM`). */
export function previousMonth(instant: string, timeZone: string): string {
  const inZone = tz(timeZone);
  return format(addMonths(parseISO(`${monthOf(instant, timeZone)}-01T00:00:00`, { in: inZone }), -1, { in: inZone }), 'yyyy-MM', { in: inZone });
}

/**
 * The facts as they stood at the end of `month`: the clock at its last instant and only the sprints
 * closed by then. A viewer who sees some secured issues and not others has no stored close of their
 * own, so theirs is computed from today's facts this way (an issue changed since counts as it is now).
 */
function factsAtEndOf(facts: ProjectFacts, month: string): ProjectFacts {
  const inZone = tz(facts.site.timeZone);
  const end = addMonths(parseISO(`${month}-01T00:00:00`, { in: inZone }), 1, { in: inZone }).getTime() - 1;
  const boards = facts.boards.map((board) => ({ ...board, closedSprints: board.closedSprints.filter((sprint) => Date.parse(sprint.completeDate) <= end) }));
  return { ...facts, boards, site: { ...facts.site, now: new Date(end).toISOString() } };
}

export interface ViewerRow {
  row: PortfolioProductRow;
  /** Last month's close as the viewer may see it; undefined when none was kept. */
  closed: { month: string; figures: ClosingFigures } | undefined;
}

/**
 * A product's portfolio row exactly as the viewer may see it, with last month's close: both stored
 * for the two audiences, computed from the facts filtered to what they may see otherwise.
 */
export async function viewerRow(store: SnapshotStore, head: SnapshotHead, access: ViewerAccess, close: MonthClose | undefined): Promise<ViewerRow> {
  const content = head.content;
  if (content === null || head.asOf === null) throw new Error(`Project ${head.projectKey} has no snapshot yet`);
  const audience = await audienceOf(store, head, access);
  if (audience !== 'mixed')
    return { row: content.rows[audience], closed: close === undefined ? undefined : { month: close.month, figures: close.figures[audience] } };
  const facts = visibleFacts(await store.readFacts(head), access);
  const month = previousMonth(head.asOf, content.timeZone);
  return {
    row: portfolioRow(productTabFigures(facts, SNAPSHOT_WINDOW_MONTHS).product),
    closed: { month, figures: portfolioRow(productTabFigures(factsAtEndOf(facts, month), SNAPSHOT_WINDOW_MONTHS).product) },
  };
}

export interface ReviewRecords {
  records: PortfolioRecordFigures;
  signals: Signal[];
  /** Why the product's records could not be read (its figures then count none); absent when they were. */
  unreadable?: string;
}

/** The product's records as the review reads them, and the signals they raise, as of `today` (`YYYY-MM-DD`). */
export async function reviewRecords(stores: RecordStores, head: SnapshotHead, today: string): Promise<ReviewRecords> {
  const [risks, roadmap, analyses, profile] = await Promise.all([
    stores.risks.list(head.projectKey),
    stores.roadmap.list(head.projectKey),
    stores.analyses.list(head.projectKey),
    stores.profiles.get(head.projectKey),
  ]);
  const records = {
    risks,
    roadmap,
    analyses,
    versions: head.content?.versions ?? [],
    analysisDueDays: settingsOf(profile).analysisDueDays,
    riskAppetite: settingsOf(profile).riskAppetite,
    today,
  };
  return { records: recordFigures(records), signals: recordSignals(records) };
}

const NO_RECORDS: PortfolioRecordFigures = { openRisks: { low: 0, medium: 0, high: 0 }, aboveAppetite: 0, nextMilestone: null, analysesDue: 0 };

/**
 * `reviewRecords`, except that a product whose records cannot be read (`readOrUnreadable`) keeps its
 * row: no record figures or signals, and why.
 */
export async function readableReviewRecords(stores: RecordStores, head: SnapshotHead, today: string): Promise<ReviewRecords> {
  const review = await readOrUnreadable(`the records of ${head.projectKey} are`, () => reviewRecords(stores, head, today));
  return 'read' in review ? review.read : { records: NO_RECORDS, signals: [], unreadable: review.unreadable };
}

/** The row's signals with the records', and how they compare with last month's close. */
export function withReview(
  viewer: ViewerRow,
  review: ReviewRecords,
): { row: PortfolioProductRow; records: PortfolioRecordFigures; recordsUnreadable?: string; lastMonth: MonthOverMonth | null } {
  const signals = [...viewer.row.signals, ...review.signals];
  // Closes keep the signals of Jira's data only, so only those are compared month over month.
  const comparable = viewer.row.signals.map((signal) => signal.code);
  const unreadable = review.unreadable === undefined ? {} : { recordsUnreadable: review.unreadable };
  return { row: { ...viewer.row, signals }, records: review.records, ...unreadable, lastMonth: monthOverMonth(comparable, viewer.closed) };
}
