import type { ReactNode } from 'react';
import { Stack, Text } from '@atlaskit/primitives';
import { formatDays, formatRatio } from '../../../common/format';
import type { ColumnKey } from './columns';
import { AboveAppetite, AnalysesDue, NextMilestone, OpenRisks } from './recordCells';
import { Figure, QuarterCell, SayDoCell, SignalLozenges, Trend, VelocityCell } from './paceCells';
import { releaseCount, type FlowBucket, type ReadyRow } from './reviewRows';

const count = (value: number) => <Figure>{String(value)}</Figure>;
const days = (value: number | null) => <Figure subtle={value === null}>{formatDays(value)}</Figure>;

function ReleaseFrequency({ row }: { row: ReadyRow }) {
  const releases = releaseCount(row);
  return (
    <Stack space="space.025">
      <Figure>{`${row.delivery.releaseFrequency.toFixed(1)} a month`}</Figure>
      <Text size="small" color="color.text.subtlest">{`${releases} ${releases === 1 ? 'release' : 'releases'} in ${row.delivery.releases.length} months`}</Text>
    </Stack>
  );
}

function ChangeFailure({ row }: { row: ReadyRow }) {
  const rate = row.delivery.changeFailureRate;
  if (rate === null) return <Text color="color.text.subtle">No release</Text>;
  const releases = releaseCount(row);
  return (
    <Stack space="space.025">
      <Figure>{formatRatio(rate)}</Figure>
      <Text size="small" color="color.text.subtlest">{`${Math.round(rate * releases)} of ${releases}`}</Text>
    </Stack>
  );
}

type CellOf = (row: ReadyRow, bucket: FlowBucket) => ReactNode;

/** A record column of a product whose records could not be read: not a zero (UnreadableRecords says why). */
function recordCell(cell: (row: ReadyRow) => ReactNode): CellOf {
  return (row) => (row.recordsUnreadable === undefined ? cell(row) : <Text color="color.text.warning">Not readable</Text>);
}

/** What each column shows for a product whose figures are in (the product column is the table's own). */
export const READY_CELLS: Record<Exclude<ColumnKey, 'product'>, CellOf> = {
  signals: (row) => <SignalLozenges signals={row.signals} testId={`signals-${row.projectKey}`} />,
  quarter: (row) => <QuarterCell row={row} />,
  velocity: (row) => <VelocityCell row={row} />,
  trend: (row) => <Trend velocity={row.velocity} previous={row.previousVelocity} />,
  sayDo: (row) => <SayDoCell row={row} />,
  flowVelocity: (row, bucket) => count(row.flow[bucket].velocity),
  flowMedian: (row, bucket) => days(row.flow[bucket].timeMedianDays),
  flow85: (row, bucket) => days(row.flow[bucket].time85Days),
  load: (row, bucket) => count(row.flow[bucket].load),
  releaseFrequency: (row) => <ReleaseFrequency row={row} />,
  leadTime: (row) => days(row.delivery.leadTimeMedianDays),
  changeFailure: (row) => <ChangeFailure row={row} />,
  restore: (row) => days(row.delivery.timeToRestoreMedianDays),
  risks: recordCell((row) => <OpenRisks bands={row.records.openRisks} testId={`records-risks-${row.projectKey}`} />),
  aboveAppetite: recordCell((row) => <AboveAppetite count={row.records.aboveAppetite} />),
  milestone: recordCell((row) => <NextMilestone milestone={row.records.nextMilestone} />),
  analysesDue: recordCell((row) => <AnalysesDue due={row.records.analysesDue} />),
};
