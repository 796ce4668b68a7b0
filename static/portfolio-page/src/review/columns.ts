import { relativeChange } from '../../../common/format';
import { PROXY_HOW } from './deliveryTerms';
import { quarterPoints, riskWeight, type FlowBucket, type ReadyRow } from './reviewRows';

/** Every column the review's table can show; each view shows a few of them after Product and Signals. */
export const COLUMN_KEYS = [
  'product',
  'signals',
  'quarter',
  'velocity',
  'trend',
  'sayDo',
  'flowVelocity',
  'flowMedian',
  'flow85',
  'load',
  'releaseFrequency',
  'leadTime',
  'changeFailure',
  'restore',
  'risks',
  'aboveAppetite',
  'milestone',
  'analysesDue',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export type SortDirection = 'ascending' | 'descending';
export type SortValue = number | string | null;

export interface ColumnDef {
  label: string;
  /** How the figure is made, in a sentence: the header's tooltip and the print view's notes. */
  help?: string;
  /** Text sorts A→Z first; figures sort the largest first, which is what a review looks for. */
  firstDirection: SortDirection;
  /** The value a sort compares; null (no figure) always sorts last. */
  value: (row: ReadyRow, bucket: FlowBucket) => SortValue;
  align: 'start' | 'end';
}

const figure = (label: string, value: ColumnDef['value'], help?: string): ColumnDef => ({ label, value, help, firstDirection: 'descending', align: 'end' });

export const COLUMNS: Record<ColumnKey, ColumnDef> = {
  product: { label: 'Product', firstDirection: 'ascending', value: (row) => row.projectName, align: 'start' },
  signals: { ...figure('Signals', (row) => row.signals.length), align: 'start' },
  quarter: {
    ...figure(
      'Quarter workload mix',
      (row) => quarterPoints(row.quarter),
      'Points delivered in the last 3 months by work category; the line is each of the last 12 months.',
    ),
    align: 'start',
  },
  velocity: figure('Velocity', (row) => row.velocity, "Mean completed points of each board's last 3 closed sprints, summed over the product's boards."),
  trend: figure('Trend', (row) => relativeChange(row.velocity, row.previousVelocity), 'Velocity against the 3 sprints before.'),
  sayDo: figure('Say/do', (row) => row.sayDo, 'Points completed of points committed over the last 3 closed sprints.'),
  flowVelocity: figure('Resolved', (row, bucket) => row.flow[bucket].velocity, 'Issues resolved in the last 3 months (flow velocity).'),
  flowMedian: figure(
    'Flow time, median',
    (row, bucket) => row.flow[bucket].timeMedianDays,
    'Days from work started to resolved, of the issues resolved in the last 3 months.',
  ),
  flow85: figure(
    'Flow time, 85th percentile',
    (row, bucket) => row.flow[bucket].time85Days,
    '85 % of the issues resolved in the last 3 months took at most this long.',
  ),
  load: figure('Load', (row, bucket) => row.flow[bucket].load, 'Issues started and not done now (flow load).'),
  releaseFrequency: figure('Releases per month', (row) => row.delivery.releaseFrequency, PROXY_HOW.releaseFrequency),
  leadTime: figure('Lead time for changes', (row) => row.delivery.leadTimeMedianDays, `Proxy: ${PROXY_HOW.leadTime}`),
  changeFailure: figure('Change failure rate', (row) => row.delivery.changeFailureRate, `Proxy: ${PROXY_HOW.changeFailure}`),
  restore: figure('Time to restore', (row) => row.delivery.timeToRestoreMedianDays, `Proxy: ${PROXY_HOW.restore}`),
  risks: {
    ...figure('Open risks', riskWeight, 'Open risks by band of their severity (likelihood × impact), as in the risk register; most high risks first.'),
    align: 'start',
  },
  aboveAppetite: figure('Above appetite', (row) => row.records.aboveAppetite, "Open risks whose current severity is above the product's risk appetite."),
  milestone: {
    label: 'Next milestone',
    help: 'The next roadmap milestone not yet delivered or missed, by target month; soonest first.',
    firstDirection: 'ascending',
    value: (row) => row.records.nextMilestone?.targetMonth ?? null,
    align: 'start',
  },
  analysesDue: figure('Analyses due', (row) => row.records.analysesDue, 'Released versions whose impact analysis is due and not done.'),
};

export const VIEW_KEYS = ['pace', 'flow', 'delivery', 'records'] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

/** The table shows one view at a time so it fits a laptop's frame; print and export carry them all. */
export const VIEWS: Record<ViewKey, { label: string; title: string; columns: readonly ColumnKey[] }> = {
  pace: { label: 'Workload and pace', title: 'Workload and pace', columns: ['product', 'signals', 'quarter', 'velocity', 'trend', 'sayDo'] },
  flow: { label: 'Flow', title: 'Flow of the last 3 months', columns: ['product', 'signals', 'flowVelocity', 'flowMedian', 'flow85', 'load'] },
  delivery: {
    label: 'Delivery (proxies)',
    title: 'Delivery: Jira-based proxies of the DORA keys, last 12 months',
    columns: ['product', 'signals', 'releaseFrequency', 'leadTime', 'changeFailure', 'restore'],
  },
  records: {
    label: 'Risks and roadmap',
    title: 'Risks, roadmap and release analyses',
    columns: ['product', 'signals', 'risks', 'aboveAppetite', 'milestone', 'analysesDue'],
  },
};
