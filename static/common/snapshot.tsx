import Button from '@atlaskit/button/new';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { formatAsOf } from './format';
import { ActionError } from './states';
import type { RefreshStatus } from './useSnapshotResource';

function freshnessWords(asOfText: string, status: RefreshStatus, underWay: boolean): string {
  if (status.kind === 'slow')
    return `${asOfText}. The refresh is taking more than a minute; the new figures show here when you reload the page in a few minutes.`;
  return status.kind === 'watching' || underWay ? `${asOfText}. Refreshing…` : `${asOfText}.`;
}

/**
 * "Figures as of 14:02 today" with the Refresh button. The words are a live status region, so a
 * screen reader hears "Refreshing…" and then the new time. While a refresh is watched the button
 * shows a spinner and ignores presses, but keeps its place in the tab order.
 */
export function FreshnessBar(props: {
  asOfText: string;
  status: RefreshStatus;
  /** The stored state says a refresh is queued or running (perhaps asked for by someone else). */
  underWay: boolean;
  refreshLabel: string;
  onRefresh: () => void;
  onDismissError: () => void;
  testId: string;
}) {
  const { status } = props;
  return (
    <Stack space="space.100">
      <Inline space="space.150" alignBlock="center" shouldWrap>
        <Box role="status" aria-live="polite" testId={`${props.testId}-status`}>
          <Text color="color.text.subtle">{freshnessWords(props.asOfText, status, props.underWay)}</Text>
        </Box>
        {/* A page that prints hides it: paper cannot refresh. */}
        <Box data-print="hide">
          <Button isLoading={status.kind === 'watching'} onClick={props.onRefresh} testId={`${props.testId}-refresh`}>
            {props.refreshLabel}
          </Button>
        </Box>
      </Inline>
      {status.kind === 'failed' && <ActionError action="ask Jira for new figures" error={status.error} onDismiss={props.onDismissError} />}
    </Stack>
  );
}

/** "Figures as of …" for a snapshot's `asOf`. */
export function asOfWords(asOf: string, now: Date = new Date()): string {
  return `Figures as of ${formatAsOf(asOf, now)}`;
}

/** Shown when the figures on screen are more than a day and a half old. */
export function StaleWarning({ title }: { title: string }) {
  return (
    <SectionMessage appearance="warning" title={title}>
      <Text>They may miss work done since. Choose Refresh to read the latest from Jira; it takes a minute or two.</Text>
    </SectionMessage>
  );
}

/** A refresh failed but the older figures are still shown: say so, small, beside them. */
export function LastRefreshFailed({ lastError }: { lastError: string }) {
  return (
    <Text size="small" color="color.text.warning" testId="last-refresh-failed">
      {`The last refresh did not finish (${lastError}), so these are the figures from before it. Try Refresh again later.`}
    </Text>
  );
}

const computingStyles = xcss({ paddingBlock: 'space.400' });

/** A first snapshot is being built: a spinner and what is going on, announced politely. */
export function SnapshotComputing({ title, description }: { title: string; description: string }) {
  return (
    <Box xcss={computingStyles} role="status" aria-live="polite" testId="snapshot-computing">
      <Stack space="space.100" alignInline="center">
        <Inline space="space.100" alignBlock="center">
          <Spinner size="medium" label={title} />
          <Text weight="bold">{title}</Text>
        </Inline>
        <Text color="color.text.subtle" align="center">
          {description}
        </Text>
      </Stack>
    </Box>
  );
}

/** A first snapshot could not be built: why, and a Retry that queues it again. */
export function SnapshotFailed({ title, lastError, onRetry, retrying }: { title: string; lastError: string | null; onRetry: () => void; retrying: boolean }) {
  const action = <SectionMessageAction onClick={retrying ? undefined : onRetry}>{retrying ? 'Retrying…' : 'Retry'}</SectionMessageAction>;
  return (
    <Box role="status" testId="snapshot-failed">
      <SectionMessage appearance="error" title={title} actions={action}>
        <Stack space="space.050">
          <Text>{lastError ?? 'Jira did not answer properly.'}</Text>
          <Text color="color.text.subtle" size="small">
            Product Lens tries again by itself; Retry asks it to try now. Tell your Jira admin if it keeps failing.
          </Text>
        </Stack>
      </SectionMessage>
    </Box>
  );
}
