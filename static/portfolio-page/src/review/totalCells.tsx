import type { ReactNode } from 'react';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { Sparkline } from '../../../common/charts/Sparkline';
import { formatPoints, formatRatio } from '../../../common/format';
import type { ColumnKey } from './columns';
import { MixBar } from './MixBar';
import { Figure, Trend } from './paceCells';
import { AboveAppetite, AnalysesDue, OpenRisks } from './recordCells';
import type { PortfolioTotals } from './totals';

const NOT_ADDED = (
  <Text color="color.text.subtle" size="small">
    per product
  </Text>
);

function TotalName({ totals }: { totals: PortfolioTotals }) {
  return (
    <Stack space="space.025">
      <Text weight="bold">{`Total of ${totals.ready} ${totals.ready === 1 ? 'product' : 'products'}`}</Text>
      <Text size="small" color="color.text.subtle" weight="regular">
        Counts and points add up; medians and ratios stay per product.
      </Text>
    </Stack>
  );
}

function TotalQuarter({ totals }: { totals: PortfolioTotals }) {
  return (
    <Stack space="space.050">
      <Inline space="space.100" alignBlock="center">
        <MixBar shares={totals.quarterShares} width={120} />
        <Figure>{`${formatPoints(totals.quarterPoints)} pts`}</Figure>
      </Inline>
      <Sparkline points={totals.monthlyPoints} what="All products shown: delivered points per month" />
    </Stack>
  );
}

const text = (value: string) => <Figure>{value}</Figure>;

/** The total row's cell of each column; a median or a ratio that does not add up says so. */
export const TOTAL_CELLS: Record<ColumnKey, (totals: PortfolioTotals) => ReactNode> = {
  product: (totals) => <TotalName totals={totals} />,
  signals: (totals) => text(`${totals.signals} ${totals.signals === 1 ? 'signal' : 'signals'}`),
  quarter: (totals) => <TotalQuarter totals={totals} />,
  velocity: (totals) => text(totals.velocity === null ? '—' : `${formatPoints(totals.velocity)} pts`),
  trend: (totals) => (totals.trend ? <Trend velocity={totals.trend.velocity} previous={totals.trend.previousVelocity} /> : NOT_ADDED),
  sayDo: () => NOT_ADDED,
  flowVelocity: (totals) => text(String(totals.flowVelocity)),
  flowMedian: () => NOT_ADDED,
  flow85: () => NOT_ADDED,
  load: (totals) => text(String(totals.load)),
  releaseFrequency: (totals) => text(`${totals.releaseFrequency.toFixed(1)} a month`),
  leadTime: () => NOT_ADDED,
  changeFailure: (totals) => text(formatRatio(totals.changeFailureRate)),
  restore: () => NOT_ADDED,
  risks: (totals) => <OpenRisks bands={totals.openRisks} />,
  aboveAppetite: (totals) => <AboveAppetite count={totals.aboveAppetite} />,
  milestone: () => null,
  analysesDue: (totals) => <AnalysesDue due={totals.analysesDue} />,
};
