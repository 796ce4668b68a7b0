import { Stack } from '@atlaskit/primitives';
import type { ProductOverview } from '../../../../src/shared/api';
import { WORK_BUCKETS } from '../../../../src/shared/workTypes';
import { Legend } from '../../../common/charts/Legend';
import { ShareColumnChart, type ShareColumn } from '../../../common/charts/ShareColumnChart';
import { formatMonth, formatMonthTick, formatShare } from '../../../common/format';
import { BUCKET_STYLES } from '../../../common/workTypeStyle';
import { amountOf, describeShares, drawnBuckets, formatAmount, monthShares, type Measure } from './measure';

const LEGEND = WORK_BUCKETS.map((bucket) => ({ key: bucket, label: BUCKET_STYLES[bucket].label, fill: BUCKET_STYLES[bucket].fill }));

function columnsOf(overview: ProductOverview, measure: Measure): ShareColumn[] {
  return overview.product.workload.months.map((month, index) => {
    const shares = monthShares(overview, index, measure);
    const label = formatMonth(month.month);
    return {
      key: month.month,
      tick: formatMonthTick(month.month, index === 0),
      label,
      segments:
        shares === null
          ? null
          : drawnBuckets(shares).map((bucket) => ({
              key: bucket,
              fill: BUCKET_STYLES[bucket].fill,
              share: shares[bucket],
              title: `${BUCKET_STYLES[bucket].label} ${formatShare(shares[bucket])} (${formatAmount(amountOf(month[bucket], measure), measure)})`,
            })),
    };
  });
}

function chartDescription(overview: ProductOverview, measure: Measure): string {
  const months = overview.product.workload.months;
  const first = months[0];
  const last = months[months.length - 1];
  const lastShares = monthShares(overview, months.length - 1, measure);
  const span = first && last ? `${formatMonth(first.month)} to ${formatMonth(last.month)}` : 'no months';
  return `Share of delivered work by work category per month, by ${measure === 'points' ? 'story points' : 'issue count'}, ${span}. Latest month: ${describeShares(lastShares)}. The table below lists every month.`;
}

/** The stacked share chart of delivered workload; months with no work show as dashed outlines. */
export function WorkloadChart({ overview, measure }: { overview: ProductOverview; measure: Measure }) {
  return (
    <Stack space="space.150">
      <ShareColumnChart columns={columnsOf(overview, measure)} description={chartDescription(overview, measure)} />
      <Legend items={LEGEND} />
    </Stack>
  );
}
