import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { Signal } from '../../../../src/shared/figures';
import { Sparkline } from '../../../common/charts/Sparkline';
import { formatChange, formatPoints, formatRatio, relativeChange } from '../../../common/format';
import { SIGNAL_LABELS } from '../../../common/signalTerms';
import { MixBar } from './MixBar';
import { quarterPoints, type ReadyRow } from './reviewRows';
import { thenWords } from './sinceLastMonth';

export const noWrap = xcss({ whiteSpace: 'nowrap' });

/** A figure on one line ("13.3 pts" never breaks), whatever its column's width. */
export function Figure({ children, subtle = false }: { children: string; subtle?: boolean }) {
  return (
    <Box xcss={noWrap}>
      <Text color={subtle ? 'color.text.subtle' : undefined}>{children}</Text>
    </Box>
  );
}

const points = (value: number | null) => (value === null ? 'none' : `${formatPoints(value)} pts`);

/** Last month's closing figure under this month's: "26 pts at end of October". */
export function ThenLine({ then, row, format }: { then: number | null | undefined; row: ReadyRow; format: (value: number | null) => string }) {
  if (row.lastMonth === null || then === undefined) return null;
  return (
    <Text size="small" color="color.text.subtlest">
      {thenWords(then, row.lastMonth.month, format)}
    </Text>
  );
}

export function SignalLozenges({ signals, testId }: { signals: readonly Signal[]; testId?: string }) {
  if (signals.length === 0) return <Text color="color.text.subtle">None</Text>;
  return (
    <Inline space="space.050" shouldWrap testId={testId}>
      {signals.map((signal) => (
        <Lozenge key={signal.code} appearance="moved">
          {SIGNAL_LABELS[signal.code]}
        </Lozenge>
      ))}
    </Inline>
  );
}

export function QuarterCell({ row }: { row: ReadyRow }) {
  return (
    <Stack space="space.050">
      <Inline space="space.100" alignBlock="center">
        <MixBar shares={row.quarterShares} width={120} />
        <Figure>{points(quarterPoints(row.quarter))}</Figure>
      </Inline>
      <Sparkline points={row.monthlyPoints} what={`${row.projectName}: delivered points per month`} />
      <ThenLine then={row.lastMonth?.quarterPoints} row={row} format={points} />
    </Stack>
  );
}

export function VelocityCell({ row }: { row: ReadyRow }) {
  return (
    <Stack space="space.025">
      <Figure subtle={row.velocity === null}>{row.velocity === null ? 'No closed sprint' : points(row.velocity)}</Figure>
      <ThenLine then={row.lastMonth?.velocity} row={row} format={points} />
    </Stack>
  );
}

/** Velocity against the 3 sprints before: up, down (by more than 5 %) or steady. */
export function Trend({ velocity, previous }: { velocity: number | null; previous: number | null }) {
  const change = relativeChange(velocity, previous);
  if (change === null) return <Text color="color.text.subtle">Too few sprints</Text>;
  const appearance = change > 0.05 ? 'success' : change < -0.05 ? 'removed' : 'default';
  const word = change > 0.05 ? 'up' : change < -0.05 ? 'down' : 'steady';
  return <Lozenge appearance={appearance}>{`${word} ${formatChange(change)} (was ${formatPoints(previous)})`}</Lozenge>;
}

export function SayDoCell({ row }: { row: ReadyRow }) {
  return (
    <Stack space="space.025">
      <Figure>{formatRatio(row.sayDo)}</Figure>
      <ThenLine then={row.lastMonth?.sayDo} row={row} format={formatRatio} />
    </Stack>
  );
}
