import Lozenge from '@atlaskit/lozenge';
import { Pressable, Stack, Text, xcss } from '@atlaskit/primitives';
import type { PortfolioOverviewRow, PortfolioProductRow } from '../../../src/shared/api';
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
  const segments =
    shares === null
      ? null
      : WORK_BUCKETS.filter((b) => shares[b] > 0).map((b) => ({ key: b, fill: BUCKET_STYLES[b].fill, share: shares[b], label: BUCKET_STYLES[b].label }));
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
  return <Lozenge appearance={appearance}>{`${word} ${formatChange(change)} (was ${formatPoints(row.previousVelocity)})`}</Lozenge>;
}

function deliveredPoints(row: PortfolioProductRow): number {
  return WORK_BUCKETS.reduce((sum, bucket) => sum + row.quarter[bucket].points, 0);
}

/** A product whose snapshot is ready, so its figures are in. */
export type ReadyRow = Extract<PortfolioOverviewRow, { snapshot: { status: 'ready' } }>;
type PendingRow = Exclude<PortfolioOverviewRow, ReadyRow>;

export function isReadyRow(row: PortfolioOverviewRow): row is ReadyRow {
  return row.snapshot.status === 'ready';
}

function productCell(projectKey: string, projectName: string, onOpen: (projectKey: string) => void) {
  return {
    key: projectName,
    content: (
      <Stack space="space.025" alignInline="start">
        <Pressable
          xcss={productLinkStyles}
          onClick={() => onOpen(projectKey)}
          aria-label={`${projectName}: open its Product tab`}
          testId={`open-${projectKey}`}
        >
          {projectName}
        </Pressable>
        <Text size="small" color="color.text.subtle">
          {projectKey}
        </Text>
      </Stack>
    ),
  };
}

/** One product per row; the name opens that project's Product tab. Sortable cells carry their value as `key`. */
export function portfolioRow(row: ReadyRow, onOpen: (projectKey: string) => void) {
  return {
    key: row.projectKey,
    testId: `portfolio-row-${row.projectKey}`,
    cells: [
      productCell(row.projectKey, row.projectName, onOpen),
      { key: 'mix', content: <MixBar shares={row.quarterShares} /> },
      { key: deliveredPoints(row), content: formatPoints(deliveredPoints(row)) },
      { key: row.velocity ?? -1, content: row.velocity === null ? 'No closed sprint' : `${formatPoints(row.velocity)} pts` },
      { key: 'trend', content: <Trend row={row} /> },
      { key: row.sayDo ?? -1, content: formatRatio(row.sayDo) },
    ],
  };
}

/** A resolver's message as a sentence: it ends with a full stop. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function PendingStatus({ row }: { row: PendingRow }) {
  const computing = row.snapshot.status === 'computing';
  return (
    <Stack space="space.050" alignInline="start">
      <Lozenge appearance={computing ? 'inprogress' : 'removed'}>{computing ? 'Computing…' : 'Not available'}</Lozenge>
      <Text size="small" color="color.text.subtle">
        {computing
          ? 'Product Lens is reading its history from Jira for the first time; its figures show here by themselves.'
          : `${sentence(row.snapshot.lastError ?? 'Product Lens could not read it from Jira')} It tries again by itself.`}
      </Text>
    </Stack>
  );
}

/** A product whose first snapshot is not in: listed all the same, with why its figures are missing. */
export function pendingRow(row: PendingRow, onOpen: (projectKey: string) => void) {
  const missing = <Text color="color.text.subtle">—</Text>;
  return {
    key: row.projectKey,
    testId: `portfolio-row-${row.projectKey}`,
    cells: [
      productCell(row.projectKey, row.projectName, onOpen),
      { key: 'mix', content: <PendingStatus row={row} /> },
      { key: -1, content: missing },
      { key: -1, content: missing },
      { key: 'trend', content: missing },
      { key: -1, content: missing },
    ],
  };
}
