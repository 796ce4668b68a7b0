import { FigureTable } from '../../../common/FigureTable';
import type { ProductOverview } from '../../../../src/shared/api';
import { WORK_BUCKETS } from '../../../../src/shared/workTypes';
import { formatMonthToDate, formatShare } from '../../../common/format';
import { BUCKET_STYLES } from '../../../common/workTypeStyle';
import { amountOf, monthShares, totalOf, type Measure } from './measure';

const HEAD = {
  cells: [
    { key: 'month', content: 'Month', isSortable: false },
    ...WORK_BUCKETS.map((bucket) => ({ key: bucket, content: BUCKET_STYLES[bucket].label })),
    { key: 'total', content: 'Total' },
  ],
};

/** The figures behind the workload chart: each month's amount and share per work category. */
export function WorkloadTable({ overview, measure, monthToDate }: { overview: ProductOverview; measure: Measure; monthToDate: string | null }) {
  const unit = measure === 'points' ? 'story points' : 'issues';
  const rows = overview.product.workload.months.map((month, index) => {
    const shares = monthShares(overview, index, measure);
    return {
      key: month.month,
      cells: [
        { key: 'month', content: formatMonthToDate(month.month, month.month === monthToDate) },
        ...WORK_BUCKETS.map((bucket) => ({
          key: bucket,
          content: shares === null ? '—' : `${amountOf(month[bucket], measure)} (${formatShare(shares[bucket])})`,
        })),
        { key: 'total', content: String(totalOf(month, measure)) },
      ],
    };
  });
  return <FigureTable title={`Delivered work per month, in ${unit} (share of the month)`} head={HEAD} rows={rows} testId="workload-table" />;
}
