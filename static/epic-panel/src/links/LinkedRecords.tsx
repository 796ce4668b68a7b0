import type { ReactNode } from 'react';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { RiskView, RoadmapItemView } from '../../../../src/shared/records';
import { formatMonth, formatShare } from '../../../common/format';
import { BAND_LABELS, BAND_LOZENGES, STATUS_LABELS } from '../../../common/risks/riskTerms';
import { currentMonth, statusLozenge } from '../../../common/roadmapStatus';

const itemStyles = xcss({
  borderColor: 'color.border',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.small',
  padding: 'space.100',
});

/** One milestone: status, title, target month and progress of its linked epics. */
export function MilestoneItem({ item }: { item: RoadmapItemView }) {
  const status = statusLozenge(item, currentMonth());
  return (
    <Box as="li" xcss={itemStyles} testId={`linked-milestone-${item.id}`}>
      <Stack space="space.050">
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Lozenge appearance={status.appearance} maxWidth="none">
            {status.label}
          </Lozenge>
          <Text weight="medium">{item.title}</Text>
        </Inline>
        <Text size="small" color="color.text.subtle">
          {`Target ${formatMonth(item.targetMonth)} · ${formatShare(item.progress.ratio)} of its points done`}
        </Text>
      </Stack>
    </Box>
  );
}

/** One risk: band with severity, open or closed, and its statement. */
export function RiskItem({ risk }: { risk: RiskView }) {
  return (
    <Box as="li" xcss={itemStyles} testId={`linked-risk-${risk.id}`}>
      <Stack space="space.050">
        <Inline space="space.100" alignBlock="center">
          <Lozenge appearance={BAND_LOZENGES[risk.band]} isBold>{`${risk.severity} ${BAND_LABELS[risk.band]}`}</Lozenge>
          <Lozenge appearance={risk.status === 'open' ? 'inprogress' : 'default'}>{STATUS_LABELS[risk.status]}</Lozenge>
          {risk.exceedsAppetite && <Lozenge appearance="removed">Above appetite</Lozenge>}
        </Inline>
        <Text>{risk.statement}</Text>
      </Stack>
    </Box>
  );
}

// The list itself lays its items out: a Stack between the ul and its li would make the list invalid.
const listStyles = xcss({ listStyle: 'none', padding: 'space.0', margin: 'space.0', display: 'flex', flexDirection: 'column', gap: 'space.075' });

/** A plain list of records, or the sentence that says there are none. */
export function RecordList({ label, empty, children }: { label: string; empty: string; children: ReactNode[] }) {
  if (children.length === 0) return <Text color="color.text.subtle">{empty}</Text>;
  return (
    <Box as="ul" xcss={listStyles} aria-label={label}>
      {children}
    </Box>
  );
}
