import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { ProductOverview } from '../../../../src/shared/api';
import { WORK_BUCKETS } from '../../../../src/shared/workTypes';
import { MiniShareBar } from '../../../common/charts/MiniShareBar';
import { FigureTable } from '../../../common/FigureTable';
import { formatPoints, formatShare } from '../../../common/format';
import { BUCKET_STYLES } from '../../../common/workTypeStyle';
import { describeShares, drawnBuckets, inFlightShares, type Measure } from './measure';

const HEAD = {
  cells: [
    { key: 'type', content: 'Work category' },
    { key: 'count', content: 'Issues' },
    { key: 'points', content: 'Story points' },
    { key: 'share', content: 'Share' },
  ],
};

/** Unresolved standard issues now, by work category: what the team is carrying. */
export function InFlightMix({ overview, measure }: { overview: ProductOverview; measure: Measure }) {
  const shares = inFlightShares(overview, measure);
  const inFlight = overview.product.inFlight;
  const rows = WORK_BUCKETS.map((bucket) => ({
    key: bucket,
    cells: [
      { key: 'type', content: BUCKET_STYLES[bucket].label },
      { key: 'count', content: String(inFlight[bucket].count) },
      { key: 'points', content: formatPoints(inFlight[bucket].points) },
      { key: 'share', content: shares === null ? '—' : formatShare(shares[bucket]) },
    ],
  }));
  const bar =
    shares === null
      ? null
      : drawnBuckets(shares).map((bucket) => ({
          key: bucket,
          fill: BUCKET_STYLES[bucket].fill,
          texture: BUCKET_STYLES[bucket].texture,
          share: shares[bucket],
          label: BUCKET_STYLES[bucket].label,
        }));
  return (
    <Stack space="space.150">
      <Heading size="small" as="h2">
        In flight now
      </Heading>
      {shares === null ? (
        <Text color="color.text.subtle">Nothing is in flight: every standard issue of this project is resolved.</Text>
      ) : (
        <MiniShareBar
          shares={bar}
          description={`In-flight work by ${measure === 'points' ? 'story points' : 'issue count'}: ${describeShares(shares)}`}
          width={640}
        />
      )}
      <FigureTable title="Unresolved standard issues by work category" head={HEAD} rows={rows} testId="in-flight-table" />
    </Stack>
  );
}
