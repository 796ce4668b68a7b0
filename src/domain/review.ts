import type { MonthOverMonth, PortfolioProductRow, PortfolioRecordFigures } from '../shared/api';
import type { Signal, SignalCode } from '../shared/figures';
import {
  analysisStatusOf,
  currentSeverity,
  DEFAULT_RISK_APPETITE,
  exceedsAppetite,
  riskBand,
  riskSeverity,
  type ReleaseAnalysis,
  type Risk,
  type RoadmapItem,
} from '../shared/records';
import { workloadTotal } from './workload';

/** Kept here too: the review's callers took the default from this module before the profile held it. */
export { DEFAULT_RISK_APPETITE };

/** What the records-based figures read of a product: its records, its released versions and the day. */
export interface ProductRecords {
  risks: readonly Risk[];
  roadmap: readonly RoadmapItem[];
  analyses: readonly ReleaseAnalysis[];
  versions: readonly { id: string; name: string; released: boolean; releaseDate: string | null }[];
  analysisDueDays: number;
  riskAppetite: number;
  /** `YYYY-MM-DD`. */
  today: string;
}

const PENDING = (item: RoadmapItem) => item.status !== 'delivered' && item.status !== 'missed';
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const quoted = (names: readonly string[]) => names.map((name) => `'${name}'`).join(', ');

function openRisks(records: ProductRecords): Risk[] {
  return records.risks.filter((risk) => risk.status === 'open');
}

function dueVersions(records: ProductRecords): ProductRecords['versions'] {
  const analysed = new Set(records.analyses.map((analysis) => analysis.versionId));
  return records.versions.filter((version) => analysisStatusOf(version, analysed.has(version.id), records.analysisDueDays, records.today) === 'due');
}

/**
 * A product's records as the monthly review reads them: open risks by band and above the appetite,
 * the next roadmap item neither delivered nor missed (earliest target month), and released versions
 * whose impact analysis is due and not done.
 *
 * Empty input: no records give zeros and no milestone.
 *
 * @example recordFigures({ risks: [openRiskOf4x4], …, riskAppetite: 12 }).aboveAppetite // 1
 */
export function recordFigures(records: ProductRecords): PortfolioRecordFigures {
  const open = openRisks(records);
  const byBand = { low: 0, medium: 0, high: 0 };
  // By inherent band, as portfolio/records and the register's band column count them.
  for (const risk of open) byBand[riskBand(riskSeverity(risk.likelihood, risk.impact))] += 1;
  const next = [...records.roadmap].filter(PENDING).sort((a, b) => a.targetMonth.localeCompare(b.targetMonth) || a.title.localeCompare(b.title))[0];
  return {
    openRisks: byBand,
    aboveAppetite: open.filter((risk) => exceedsAppetite(risk, records.riskAppetite)).length,
    nextMilestone: next === undefined ? null : { title: next.title, targetMonth: next.targetMonth, status: next.status },
    analysesDue: dueVersions(records).length,
  };
}

/**
 * The health signals that need the app's records (docs/METRICS.md, Health signals), with their reasons:
 * `risk-review-overdue` (an open risk high by its current severity whose review date is before today), `analysis-overdue` (a
 * released version whose impact analysis is due and not done), `roadmap-slipping` (a roadmap item whose
 * target month has passed, neither delivered nor missed).
 *
 * Empty input: no records give no signal.
 *
 * @example recordSignals({ …, roadmap: [{ title: 'Instant payouts', targetMonth: '2026-09', status: 'in-progress' }], today: '2026-11-15' })
 * // [{ code: 'roadmap-slipping', reason: "1 roadmap item past its target month and not delivered: 'Instant payouts' (2026-09)" }]
 */
export function recordSignals(records: ProductRecords): Signal[] {
  const signals: Signal[] = [];
  // High by current severity: a risk mitigated below high no longer needs the high risks' review cadence.
  const overdue = openRisks(records).filter(
    (risk) => riskBand(currentSeverity(risk)) === 'high' && risk.reviewDate !== undefined && risk.reviewDate < records.today,
  );
  if (overdue.length > 0) {
    const oldest = [...overdue].sort((a, b) => (a.reviewDate ?? '').localeCompare(b.reviewDate ?? ''))[0];
    const detail = oldest === undefined ? '' : `; the oldest review was due ${oldest.reviewDate ?? ''}: '${oldest.statement}'`;
    signals.push({ code: 'risk-review-overdue', reason: `${plural(overdue.length, 'open high risk is', 'open high risks are')} past review${detail}` });
  }
  const due = dueVersions(records);
  if (due.length > 0) {
    signals.push({
      code: 'analysis-overdue',
      reason: `Impact analysis due and not written for ${plural(due.length, 'release', 'releases')}: ${quoted(due.map((version) => version.name))}`,
    });
  }
  const month = records.today.slice(0, 7);
  const slipping = records.roadmap.filter((item) => PENDING(item) && item.targetMonth < month);
  if (slipping.length > 0) {
    const items = slipping.map((item) => `'${item.title}' (${item.targetMonth})`).join(', ');
    signals.push({
      code: 'roadmap-slipping',
      reason: `${plural(slipping.length, 'roadmap item', 'roadmap items')} past the target month and not delivered: ${items}`,
    });
  }
  return signals;
}

/** What a month's close keeps of a product's row for the next month's comparison. */
export type ClosingFigures = Pick<PortfolioProductRow, 'quarter' | 'velocity' | 'sayDo'> & { signals: readonly { code: SignalCode }[] };

/**
 * A product's figures beside last month's closing ones: the quarter's delivered points, velocity and
 * say/do at the close, its signals then, and which signals appeared or cleared since.
 *
 * Empty input: no closing figures for that month give null (nothing to compare with yet).
 *
 * @example monthOverMonth(['velocity-drop'], { month: '2026-10', figures: closeWithNoSignal }).appeared // ['velocity-drop']
 */
export function monthOverMonth(current: readonly SignalCode[], closed: { month: string; figures: ClosingFigures } | undefined): MonthOverMonth | null {
  if (closed === undefined) return null;
  const before = closed.figures.signals.map((signal) => signal.code);
  return {
    month: closed.month,
    quarterPoints: workloadTotal(closed.figures.quarter, 'points'),
    velocity: closed.figures.velocity,
    sayDo: closed.figures.sayDo,
    signals: before,
    appeared: current.filter((code) => !before.includes(code)),
    cleared: before.filter((code) => !current.includes(code)),
  };
}
