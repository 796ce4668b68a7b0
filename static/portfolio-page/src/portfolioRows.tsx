import Lozenge from '@atlaskit/lozenge';
import { Pressable, Stack, Text, xcss } from '@atlaskit/primitives';
import type { PortfolioProductRow } from '../../../src/shared/api';
import type { WorkloadShares } from '../../../src/shared/figures';
import { WORK_BUCKETS } from '../../../src/shared/workTypes';
import { MiniShareBar } from '../../common/charts/MiniShareBar';
import { formatChange, formatPoints, formatRatio, formatShare, relativeChange } from '../../common/format';
import { BUCKET_STYLES } from '../../common/workTypeStyle';

export const PORTFOLIO_HEAD = {
  cells: [
    { key: 'product', content: 'Product', isSortable: true },
    { key: 'mix', content: 'Quarter workload mix (points)' },
    { key: 'delivered', content: 'Delivered pts', isSortable: true },
    { key: 'velocity', content: 'Velocity', isSortable: true },
    { key: 'trend', content: 'Trend vs previous 3 sprints' },
    { key: 'saydo', content: 'Say/do', isSortable: true },
  ],
};

/** "Feature 40%, …", the words behind a mix bar. */
export function describeMix(shares: WorkloadShares): string {
  if (shares === null) return 'No delivered work this quarter';
  return WORK_BUCKETS.map((bucket) => `${BUCKET_STYLES[bucket].label} ${formatShare(shares[bucket])}`).join(', ');
}

export function MixBar({ shares, width }: { shares: WorkloadShares; width?: number }) {
  const segments = shares === null ? null : WORK_BUCKETS.filter((b) => shares[b] > 0).map((b) => ({ key: b, fill: BUCKET_STYLES[b].fill, share: shares[b], label: BUCKET_STYLES[b].label }));
  return <MiniShareBar shares={segments} description={describeMix(shares)} width={width} />;
}

/** A drill-down reads as a link (it goes to another page) but is a button: Forge navigates, not the frame. */
const productLinkStyles = xcss({
  color: 'color.link',
  font: 'font.body',
  fontWeight: 'font.weight.medium',
  textAlign: 'start',
  backgroundColor: 'color.background.neutral.subtle',
  padding: 'space.0',
  ':hover': { textDecoration: 'underline', color: 'color.link' },
});

function Trend({ row }: { row: PortfolioProductRow }) {
  const change = relativeChange(row.velocity, row.previousVelocity);
  if (change === null) return <Text color="color.text.subtle">Too few sprints</Text>;
  const appearance = change > 0.05 ? 'success' : change < -0.05 ? 'removed' : 'default';
  const word = change > 0.05 ? 'up' : change < -0.05 ? 'down' : 'steady';
  return (
    <Lozenge appearance={appearance}>
      {`${word} ${formatChange(change)} (was ${formatPoints(row.previousVelocity)})`}
    </Lozenge>
  );
}

function deliveredPoints(row: PortfolioProductRow): number {
  return WORK_BUCKETS.reduce((sum, bucket) => sum + row.quarter[bucket].points, 0);
}

/** One product per row; the name opens that project's Product tab. Sortable cells carry their value as `key`. */
export function portfolioRow(row: PortfolioProductRow, onOpen: (projectKey: string) => void) {
  return {
    key: row.project,
    cells: [
      {
        key: row.projectName,
        content: (
          <Stack space="space.025" alignInline="start">
            <Pressable xcss={productLinkStyles} onClick={() => onOpen(row.project)} aria-label={`${row.projectName}: open its Product tab`} testId={`open-${row.project}`}>
              {row.projectName}
            </Pressable>
            <Text size="small" color="color.text.subtle">
              {row.project}
            </Text>
          </Stack>
        ),
      },
      { key: 'mix', content: <MixBar shares={row.quarterShares} /> },
      { key: deliveredPoints(row), content: formatPoints(deliveredPoints(row)) },
      { key: row.velocity ?? -1, content: row.velocity === null ? 'No closed sprint' : `${formatPoints(row.velocity)} pts` },
      { key: 'trend', content: <Trend row={row} /> },
      { key: row.sayDo ?? -1, content: formatRatio(row.sayDo) },
    ],
  };
}
