import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { RISK_BANDS } from '../../../../src/shared/records';
import { formatMonth } from '../../../common/format';
import { BAND_LABELS, BAND_LOZENGES } from '../../../common/risks/riskTerms';
import { roadmapStatusLabel, roadmapStatusLozenge } from '../../../common/roadmapStatus';

type Bands = { low: number; medium: number; high: number };

/** Open risks by band, high first; `testId` names the product's cell so a test can read it. */
export function OpenRisks({ bands, testId }: { bands: Bands; testId?: string }) {
  const shown = [...RISK_BANDS].reverse().filter((band) => bands[band] > 0);
  if (shown.length === 0) return <Text color="color.text.subtle">None open</Text>;
  return (
    <Inline space="space.050" shouldWrap testId={testId}>
      {shown.map((band) => (
        <Lozenge key={band} appearance={BAND_LOZENGES[band]} isBold={band === 'high'}>
          {`${bands[band]} ${BAND_LABELS[band]}`}
        </Lozenge>
      ))}
    </Inline>
  );
}

export function AboveAppetite({ count }: { count: number }) {
  if (count === 0) return <Text color="color.text.subtle">None</Text>;
  return <Lozenge appearance="removed">{`${count} above`}</Lozenge>;
}

export function NextMilestone({ milestone }: { milestone: { title: string; targetMonth: string; status: string } | null }) {
  if (milestone === null) return <Text color="color.text.subtle">None planned</Text>;
  return (
    <Stack space="space.050" alignInline="start">
      <Text>{milestone.title}</Text>
      <Inline space="space.075" alignBlock="center" shouldWrap>
        <Text size="small" color="color.text.subtle">
          {formatMonth(milestone.targetMonth)}
        </Text>
        <Lozenge appearance={roadmapStatusLozenge(milestone.status)}>{roadmapStatusLabel(milestone.status)}</Lozenge>
      </Inline>
    </Stack>
  );
}

export function AnalysesDue({ due }: { due: number }) {
  if (due === 0) return <Text color="color.text.subtle">None due</Text>;
  return <Lozenge appearance="removed">{`${due} due`}</Lozenge>;
}
