import type { PortfolioOverviewRow } from '../../../../src/shared/api';
import { toCsv, type CsvCell } from '../../../common/csv';
import { formatChange, formatDays, formatMonth, formatPoints, formatRatio, relativeChange } from '../../../common/format';
import { roadmapStatusLabel } from '../../../common/roadmapStatus';
import { SIGNAL_LABELS } from '../../../common/signalTerms';
import { COLUMNS } from './columns';
import { PROXY_HOW, PROXY_INTRO, PROXY_TITLE } from './deliveryTerms';
import { isReadyRow, quarterPoints, type ReadyRow } from './reviewRows';
import { portfolioTotals, type PortfolioTotals } from './totals';

/**
 * The review's table as text: CSV (one row per product, raw figures, for a spreadsheet) and Markdown
 * (the figures as the page writes them, with a total row, for a pre-read). Flow figures are of all work.
 */
const round = (value: number | null): number | null => (value === null ? null : Math.round(value * 100) / 100);

type CsvColumn = [header: string, cell: (row: ReadyRow) => CsvCell];

const CSV_FIGURES: CsvColumn[] = [
  ['signals', (row) => row.signals.map((signal) => signal.code).join(' ')],
  ['quarter_points', (row) => round(quarterPoints(row.quarter))],
  ...(['feature', 'defect', 'risk', 'debt', 'untagged'] as const).map((bucket): CsvColumn => [
    `${bucket}_share`,
    (row) => round(row.quarterShares?.[bucket] ?? null),
  ]),
  ['velocity', (row) => round(row.velocity)],
  ['previous_velocity', (row) => round(row.previousVelocity)],
  ['say_do', (row) => round(row.sayDo)],
  ['resolved_issues', (row) => row.flow.all.velocity],
  ['flow_time_median_days', (row) => round(row.flow.all.timeMedianDays)],
  ['flow_time_85_days', (row) => round(row.flow.all.time85Days)],
  ['load', (row) => row.flow.all.load],
  ['release_frequency', (row) => round(row.delivery.releaseFrequency)],
  ['lead_time_median_days', (row) => round(row.delivery.leadTimeMedianDays)],
  ['change_failure_rate', (row) => round(row.delivery.changeFailureRate)],
  ['time_to_restore_median_days', (row) => round(row.delivery.timeToRestoreMedianDays)],
  ['open_risks_high', (row) => row.records.openRisks.high],
  ['open_risks_medium', (row) => row.records.openRisks.medium],
  ['open_risks_low', (row) => row.records.openRisks.low],
  ['above_appetite', (row) => row.records.aboveAppetite],
  ['next_milestone', (row) => row.records.nextMilestone?.title],
  ['next_milestone_month', (row) => row.records.nextMilestone?.targetMonth],
  ['next_milestone_status', (row) => row.records.nextMilestone?.status],
  ['analyses_due', (row) => row.records.analysesDue],
  ['last_month', (row) => row.lastMonth?.month],
  ['last_month_quarter_points', (row) => round(row.lastMonth?.quarterPoints ?? null)],
  ['last_month_velocity', (row) => round(row.lastMonth?.velocity ?? null)],
  ['last_month_say_do', (row) => round(row.lastMonth?.sayDo ?? null)],
  ['signals_appeared', (row) => row.lastMonth?.appeared.join(' ')],
  ['signals_cleared', (row) => row.lastMonth?.cleared.join(' ')],
];

/** The CSV header: `project` (the project key) first, as the rollup command's CSV has it. */
export const CSV_HEADER: readonly string[] = ['project', 'name', 'figures', ...CSV_FIGURES.map(([header]) => header)];

/** One line per product in the order given; a product whose figures are not in says so in `figures`, the rest empty. */
export function portfolioCsv(rows: readonly PortfolioOverviewRow[]): string {
  return toCsv(
    CSV_HEADER,
    rows.map((row) =>
      isReadyRow(row)
        ? [row.projectKey, row.projectName, 'ready', ...CSV_FIGURES.map(([, cell]) => cell(row))]
        : [row.projectKey, row.projectName, row.snapshot.status],
    ),
  );
}

type MdColumn = [header: string, cell: (row: ReadyRow) => string, total: (totals: PortfolioTotals) => string];
const NOT_ADDED = '—';

const MD_COLUMNS: MdColumn[] = [
  ['Signals', (row) => row.signals.map((s) => SIGNAL_LABELS[s.code]).join(', ') || 'none', (t) => String(t.signals)],
  ['Delivered (quarter)', (row) => `${formatPoints(quarterPoints(row.quarter))} pts`, (t) => `${formatPoints(t.quarterPoints)} pts`],
  ['Velocity', (row) => (row.velocity === null ? 'no closed sprint' : `${formatPoints(row.velocity)} pts`), (t) => `${formatPoints(t.velocity)} pts`],
  ['Trend', (row) => trendWords(row.velocity, row.previousVelocity), (t) => (t.trend ? trendWords(t.trend.velocity, t.trend.previousVelocity) : NOT_ADDED)],
  ['Say/do', (row) => formatRatio(row.sayDo), () => NOT_ADDED],
  ['Resolved', (row) => String(row.flow.all.velocity), (t) => String(t.flowVelocity)],
  [COLUMNS.flowMedian.label, (row) => formatDays(row.flow.all.timeMedianDays), () => NOT_ADDED],
  [COLUMNS.flow85.label, (row) => formatDays(row.flow.all.time85Days), () => NOT_ADDED],
  ['Load', (row) => String(row.flow.all.load), (t) => String(t.load)],
  ['Releases per month*', (row) => row.delivery.releaseFrequency.toFixed(1), (t) => t.releaseFrequency.toFixed(1)],
  ['Lead time*', (row) => formatDays(row.delivery.leadTimeMedianDays), () => NOT_ADDED],
  ['Change failure rate*', (row) => formatRatio(row.delivery.changeFailureRate), (t) => formatRatio(t.changeFailureRate)],
  ['Time to restore*', (row) => formatDays(row.delivery.timeToRestoreMedianDays), () => NOT_ADDED],
  ['Open risks (high/medium/low)', (row) => risksWords(row.records.openRisks), (t) => risksWords(t.openRisks)],
  ['Above appetite', (row) => String(row.records.aboveAppetite), (t) => String(t.aboveAppetite)],
  ['Next milestone', (row) => milestoneWords(row), () => ''],
  ['Analyses due', (row) => String(row.records.analysesDue), (t) => String(t.analysesDue)],
];

function trendWords(velocity: number | null, previous: number | null): string {
  const change = relativeChange(velocity, previous);
  return change === null ? 'too few sprints' : `${formatChange(change)} (was ${formatPoints(previous)})`;
}

function risksWords({ high, medium, low }: { high: number; medium: number; low: number }): string {
  return `${high}/${medium}/${low}`;
}

function milestoneWords(row: ReadyRow): string {
  const next = row.records.nextMilestone;
  return next === null ? 'none' : `${next.title} (${formatMonth(next.targetMonth)}, ${roadmapStatusLabel(next.status)})`;
}

/** A cell's text in a Markdown table: a pipe would end the cell, a line break the row. */
function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');
}

const mdLine = (cells: readonly string[]) => `| ${cells.map(mdCell).join(' | ')} |`;

/** The footnote the starred columns point at. */
export const PROXY_NOTE = `\\* ${PROXY_TITLE}. ${PROXY_INTRO} Releases per month: ${PROXY_HOW.releaseFrequency} Lead time: ${PROXY_HOW.leadTime} Change failure rate: ${PROXY_HOW.changeFailure} Time to restore: ${PROXY_HOW.restore}`;

/** The table as a Markdown pre-read: a title line, the table with its total row, and what the proxies are. */
export function portfolioMarkdown(rows: readonly PortfolioOverviewRow[], title: string): string {
  const header = mdLine(['Product', ...MD_COLUMNS.map(([name]) => name)]);
  const rule = `|${['Product', ...MD_COLUMNS].map(() => ' --- ').join('|')}|`;
  const body = rows.map((row) =>
    isReadyRow(row)
      ? mdLine([`${row.projectName} (${row.projectKey})`, ...MD_COLUMNS.map(([, cell]) => cell(row))])
      : mdLine([
          `${row.projectName} (${row.projectKey})`,
          row.snapshot.status === 'computing' ? 'figures not in yet' : 'figures not available',
          ...MD_COLUMNS.slice(1).map(() => ''),
        ]),
  );
  const totals = portfolioTotals(rows, 'all');
  const total = mdLine([`**Total of ${totals.ready} ${totals.ready === 1 ? 'product' : 'products'}**`, ...MD_COLUMNS.map(([, , sum]) => sum(totals))]);
  return [`## ${title}`, '', header, rule, ...body, total, '', PROXY_NOTE, ''].join('\n');
}
