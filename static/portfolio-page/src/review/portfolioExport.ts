import type { PortfolioOverviewRow } from '../../../../src/shared/api';
import { ROLLUP_FIGURE_COLUMNS, rounded } from '../../../../src/shared/rollupColumns';
import { toCsv, toMarkdown, type TableCell } from '../../../../src/shared/tableText';
import { formatChange, formatDays, formatMonth, formatPoints, formatRatio, relativeChange } from '../../../common/format';
import { roadmapStatusLabel } from '../../../common/roadmapStatus';
import { SIGNAL_LABELS } from '../../../common/signalTerms';
import { PROXY_HOW, PROXY_INTRO, PROXY_TITLE } from './deliveryTerms';
import { isReadyRow, quarterPoints, type ReadyRow } from './reviewRows';
import { portfolioTotals, type PortfolioTotals } from './totals';

/**
 * The review's table as text: CSV (one row per product, the figures as numbers, for a spreadsheet)
 * and Markdown (the figures as the page writes them, with the total row, for a pre-read). Flow figures
 * are of all work. The CSV starts with the rollup command's columns, named and rounded as it does, so
 * a sheet built on one takes the other; the review's own columns follow.
 */
type CsvColumn = readonly [header: string, cell: (row: ReadyRow) => TableCell];

/** The rollup command's figure columns, from their one definition. */
const ROLLUP_COLUMNS: readonly CsvColumn[] = ROLLUP_FIGURE_COLUMNS;

const REVIEW_COLUMNS: readonly CsvColumn[] = [
  ['open risks high', (row) => row.records.openRisks.high],
  ['open risks medium', (row) => row.records.openRisks.medium],
  ['open risks low', (row) => row.records.openRisks.low],
  ['risks above appetite', (row) => row.records.aboveAppetite],
  ['next milestone', (row) => row.records.nextMilestone?.title],
  ['next milestone month', (row) => row.records.nextMilestone?.targetMonth],
  ['next milestone status', (row) => row.records.nextMilestone?.status],
  ['analyses due', (row) => row.records.analysesDue],
  ['last month', (row) => row.lastMonth?.month],
  ['last month quarter points', (row) => rounded(row.lastMonth?.quarterPoints)],
  ['last month velocity', (row) => rounded(row.lastMonth?.velocity)],
  ['last month say/do', (row) => rounded(row.lastMonth?.sayDo, 2)],
  ['signals appeared', (row) => row.lastMonth?.appeared.join(' ')],
  ['signals cleared', (row) => row.lastMonth?.cleared.join(' ')],
];

const FIGURES = [...ROLLUP_COLUMNS, ...REVIEW_COLUMNS];

/** `project` (the project key) first, as the rollup command's CSV; `figures` last says whether a product's are in. */
export const CSV_HEADER: readonly string[] = ['project', 'name', ...FIGURES.map(([header]) => header), 'figures'];

/** One line per product in the order given; a product whose figures are not in has them empty and says why in `figures`. */
export function portfolioCsv(rows: readonly PortfolioOverviewRow[]): string {
  return toCsv(
    CSV_HEADER,
    rows.map((row) =>
      isReadyRow(row)
        ? [row.projectKey, row.projectName, ...FIGURES.map(([, cell]) => cell(row)), 'ready']
        : [row.projectKey, row.projectName, ...FIGURES.map(() => null), row.snapshot.status],
    ),
  );
}

type MdColumn = [header: string, cell: (row: ReadyRow) => string, total: (totals: PortfolioTotals) => string];
const PER_PRODUCT = '—';

function trendWords(velocity: number | null, previous: number | null): string {
  const change = relativeChange(velocity, previous);
  return change === null ? 'too few sprints' : `${formatChange(change)} (was ${formatPoints(previous)})`;
}

const risksWords = ({ high, medium, low }: { high: number; medium: number; low: number }) => `${high} / ${medium} / ${low}`;

function milestoneWords(row: ReadyRow): string {
  const next = row.records.nextMilestone;
  return next === null ? 'none' : `${next.title} (${formatMonth(next.targetMonth)}, ${roadmapStatusLabel(next.status)})`;
}

const MD_COLUMNS: MdColumn[] = [
  ['Signals', (row) => row.signals.map((s) => SIGNAL_LABELS[s.code]).join(', ') || 'none', (t) => String(t.signals)],
  ['Delivered (quarter)', (row) => `${formatPoints(quarterPoints(row.quarter))} pts`, (t) => `${formatPoints(t.quarterPoints)} pts`],
  ['Velocity', (row) => (row.velocity === null ? 'no closed sprint' : `${formatPoints(row.velocity)} pts`), (t) => `${formatPoints(t.velocity)} pts`],
  ['Trend', (row) => trendWords(row.velocity, row.previousVelocity), (t) => (t.trend ? trendWords(t.trend.velocity, t.trend.previousVelocity) : PER_PRODUCT)],
  ['Say/do', (row) => formatRatio(row.sayDo), () => PER_PRODUCT],
  ['Resolved (3 months)', (row) => String(row.flow.all.velocity), (t) => String(t.flowVelocity)],
  ['Flow time, median', (row) => formatDays(row.flow.all.timeMedianDays), () => PER_PRODUCT],
  ['Flow time, 85th', (row) => formatDays(row.flow.all.time85Days), () => PER_PRODUCT],
  ['Load', (row) => String(row.flow.all.load), (t) => String(t.load)],
  ['Releases per month\\*', (row) => row.delivery.releaseFrequency.toFixed(1), (t) => t.releaseFrequency.toFixed(1)],
  ['Lead time\\*', (row) => formatDays(row.delivery.leadTimeMedianDays), () => PER_PRODUCT],
  ['Change failure rate\\*', (row) => formatRatio(row.delivery.changeFailureRate), (t) => formatRatio(t.changeFailureRate)],
  ['Time to restore\\*', (row) => formatDays(row.delivery.timeToRestoreMedianDays), () => PER_PRODUCT],
  ['Open risks (high / medium / low)', (row) => risksWords(row.records.openRisks), (t) => risksWords(t.openRisks)],
  ['Above appetite', (row) => String(row.records.aboveAppetite), (t) => String(t.aboveAppetite)],
  ['Next milestone', milestoneWords, () => ''],
  ['Analyses due', (row) => String(row.records.analysesDue), (t) => String(t.analysesDue)],
];

/** The footnote the starred columns point at. */
export const PROXY_NOTE = `\\* ${PROXY_TITLE}. ${PROXY_INTRO} Releases per month: ${PROXY_HOW.releaseFrequency} Lead time: ${PROXY_HOW.leadTime} Change failure rate: ${PROXY_HOW.changeFailure} Time to restore: ${PROXY_HOW.restore}`;

function markdownRow(row: PortfolioOverviewRow): string[] {
  const product = `${row.projectName} (${row.projectKey})`;
  if (isReadyRow(row)) return [product, ...MD_COLUMNS.map(([, cell]) => cell(row))];
  return [product, row.snapshot.status === 'computing' ? 'figures not in yet' : 'figures not available', ...MD_COLUMNS.slice(1).map(() => '')];
}

/** The table as a Markdown pre-read: a title, the table with its total row, and what the proxies are. */
export function portfolioMarkdown(rows: readonly PortfolioOverviewRow[], title: string): string {
  const totals = portfolioTotals(rows, 'all');
  const total = [`**Total of ${totals.ready} ${totals.ready === 1 ? 'product' : 'products'}**`, ...MD_COLUMNS.map(([, , sum]) => sum(totals))];
  const table = toMarkdown(['Product', ...MD_COLUMNS.map(([header]) => header)], [...rows.map(markdownRow), total]);
  return `## ${title}\n\n${table}\n${PROXY_NOTE}\n`;
}
