import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { Box, Grid, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { PortfolioOverviewRow } from '../../../../src/shared/api';
import { formatMonthName } from '../../../common/format';
import { SIGNAL_LABELS, signalList } from '../../../common/signalTerms';
import { ProductLink } from './ProductCell';
import { exceptionsOf, isReadyRow, type ReadyRow } from './reviewRows';

const cardStyles = xcss({
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  borderRadius: 'radius.medium',
  padding: 'space.150',
  backgroundColor: 'elevation.surface.raised',
});
const listStyles = xcss({ listStyle: 'none', margin: 'space.0', padding: 'space.0' });

function ExceptionCard({ row, onOpen }: { row: ReadyRow; onOpen: (projectKey: string) => void }) {
  const appeared = new Set(row.lastMonth?.appeared ?? []);
  const cleared = row.lastMonth?.cleared ?? [];
  return (
    <Box xcss={cardStyles} testId={`exception-${row.projectKey}`}>
      <Stack space="space.100">
        <Inline space="space.100" alignBlock="baseline" shouldWrap>
          <ProductLink projectKey={row.projectKey} projectName={row.projectName} onOpen={onOpen} testIdPrefix="exception-open" />
          <Text size="small" color="color.text.subtle">{`${row.projectKey} · ${row.signals.length} ${row.signals.length === 1 ? 'signal' : 'signals'}`}</Text>
        </Inline>
        <Stack as="ul" space="space.100" xcss={listStyles}>
          {row.signals.map((signal) => (
            <Box as="li" key={signal.code}>
              <Stack space="space.025">
                <Inline space="space.075" alignBlock="center" shouldWrap>
                  <Lozenge appearance="moved">{SIGNAL_LABELS[signal.code]}</Lozenge>
                  {appeared.has(signal.code) && <Lozenge appearance="new">New this month</Lozenge>}
                </Inline>
                <Text>{signal.reason}</Text>
              </Stack>
            </Box>
          ))}
        </Stack>
        {row.lastMonth && cleared.length > 0 && (
          <Text size="small" color="color.text.subtle">{`Cleared since the end of ${formatMonthName(row.lastMonth.month)}: ${signalList(cleared)}.`}</Text>
        )}
      </Stack>
    </Box>
  );
}

function introWords(exceptions: number, ready: number): string {
  return `${exceptions} of ${ready} ${ready === 1 ? 'product raises' : 'products raise'} a signal. Each says why, with the figures behind it; talk about these first.`;
}

/** The review's first part: each product that raises a signal, with every signal's reason in words. */
export function Exceptions({ rows, onOpen }: { rows: readonly PortfolioOverviewRow[]; onOpen: (projectKey: string) => void }) {
  const exceptions = exceptionsOf(rows);
  const ready = rows.filter(isReadyRow).length;
  return (
    <Stack space="space.150" testId="exceptions">
      <Stack space="space.050">
        <Heading size="small" as="h2">
          Exceptions first
        </Heading>
        {exceptions.length > 0 && <Text color="color.text.subtle">{introWords(exceptions.length, ready)}</Text>}
      </Stack>
      {exceptions.length === 0 ? (
        <SectionMessage appearance="success" title="No product raises a signal">
          <Text>
            {ready === 0
              ? "No product's figures are in yet; signals show here once they are."
              : 'Every product you can browse is within the limits the signals watch.'}
          </Text>
        </SectionMessage>
      ) : (
        <Grid templateColumns="repeat(auto-fill, minmax(18rem, 1fr))" gap="space.150">
          {exceptions.map((row) => (
            <ExceptionCard key={row.projectKey} row={row} onOpen={onOpen} />
          ))}
        </Grid>
      )}
    </Stack>
  );
}
