import { Stack } from '@atlaskit/primitives';
import type { ProductOverview } from '../../../../src/shared/api';
import { WORK_BUCKETS } from '../../../../src/shared/workTypes';
import { Legend } from '../../../common/charts/Legend';
import { ShareColumnChart, type ShareColumn } from '../../../common/charts/ShareColumnChart';
import { formatDate, formatMonth, formatMonthTick, formatMonthToDate, formatShare } from '../../../common/format';
import { BUCKET_STYLES } from '../../../common/workTypeStyle';
import { amountOf, describeShares, drawnBuckets, formatAmount, monthShares, type Measure, type Scale } from './measure';

const LEGEND = WORK_BUCKETS.map((bucket) => ({
  key: bucket,
  label: BUCKET_STYLES[bucket].label,
  fill: BUCKET_STYLES[bucket].fill,
  texture: BUCKET_STYLES[bucket].texture,
}));

/** What the chart draws and how: the measure, the scale, and the month still under way when the figures were taken. */
export interface WorkloadView {
  measure: Measure;
  scale: Scale;
  monthToDate: string | null;
  asOf: string;
}

function columnsOf(overview: ProductOverview, view: WorkloadView): ShareColumn[] {
  const { measure } = view;
  return overview.product.workload.months.map((month, index) => {
    const shares = monthShares(overview, index, measure);
    const partial = month.month === view.monthToDate;
    return {
      key: month.month,
      tick: formatMonthTick(month.month, index === 0),
      label: formatMonthToDate(month.month, partial),
      partial,
      segments:
        shares === null
          ? null
          : drawnBuckets(shares).map((bucket) => ({
              key: bucket,
              fill: BUCKET_STYLES[bucket].fill,
              texture: BUCKET_STYLES[bucket].texture,
              share: shares[bucket],
              amount: amountOf(month[bucket], measure),
              title: `${BUCKET_STYLES[bucket].label} ${formatShare(shares[bucket])} (${formatAmount(amountOf(month[bucket], measure), measure)})`,
            })),
    };
  });
}

function chartDescription(overview: ProductOverview, view: WorkloadView): string {
  const months = overview.product.workload.months;
  const first = months[0];
  const last = months[months.length - 1];
  const lastShares = monthShares(overview, months.length - 1, view.measure);
  const span = first && last ? `${formatMonth(first.month)} to ${formatMonth(last.month)}` : 'no months';
  const what =
    view.scale === 'share'
      ? `Share of delivered work by work category per month, by ${view.measure === 'points' ? 'story points' : 'issue count'}`
      : `Delivered ${view.measure === 'points' ? 'story points' : 'issues'} by work category per month`;
  const toDate = view.monthToDate === null ? '' : ` ${formatMonth(view.monthToDate)} is not over: its figures run to ${formatDate(view.asOf)}.`;
  return `${what}, ${span}.${toDate} Latest month: ${describeShares(lastShares)}. The table below lists every month.`;
}

/** The stacked chart of delivered workload, as shares or amounts; months with no work show as dashed outlines. */
export function WorkloadChart({ overview, view }: { overview: ProductOverview; view: WorkloadView }) {
  const unit = view.measure === 'points' ? 'Story points' : 'Issues';
  return (
    <Stack space="space.150">
      <ShareColumnChart
        columns={columnsOf(overview, view)}
        description={chartDescription(overview, view)}
        scale={view.scale === 'share' ? { kind: 'share' } : { kind: 'amount', unit }}
      />
      <Legend items={LEGEND} />
    </Stack>
  );
}
