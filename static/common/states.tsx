import type { ReactNode } from 'react';
import EmptyState from '@atlaskit/empty-state';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { ResolverError } from '../../src/shared/result';

const centred = xcss({ paddingBlock: 'space.400' });

/** Shown while a resolver answers; `label` says what is loading, for screen readers too. */
export function LoadingState({ label }: { label: string }) {
  return (
    <Box xcss={centred} role="status" aria-live="polite">
      <Inline space="space.100" alignBlock="center" alignInline="center">
        <Spinner size="medium" label={label} />
        <Text color="color.text.subtle">{label}</Text>
      </Inline>
    </Box>
  );
}

/** An empty state that always tells the reader what to do next. */
export function EmptyMessage({ title, whatToDo, action }: { title: string; whatToDo: ReactNode; action?: ReactNode }) {
  return <EmptyState header={title} headingLevel={3} description={whatToDo} primaryAction={action} width="wide" />;
}

const WHAT_TO_DO: Record<ResolverError['code'], string> = {
  VALIDATION: 'Check what was entered and try again.',
  FORBIDDEN: 'Ask a Jira admin for the permission named above.',
  NOT_FOUND: 'It may have been deleted, or you may not have permission to see it.',
  CONFLICT: 'Someone else changed it meanwhile; reload to see their version.',
  UPSTREAM: 'Jira did not answer properly; try again in a minute.',
  INTERNAL: 'Try again; tell your Jira admin if it keeps happening.',
};

/** Says which figures failed, the resolver's own message, and what the reader can do. */
export function ErrorState({ what, error, onRetry }: { what: string; error: ResolverError; onRetry?: () => void }) {
  const actions = onRetry ? <SectionMessageAction onClick={onRetry}>Try again</SectionMessageAction> : undefined;
  return (
    <SectionMessage appearance="error" title={`Could not load ${what}`} actions={actions}>
      <Stack space="space.050">
        <Text>{error.message}</Text>
        <Text color="color.text.subtle" size="small">
          {WHAT_TO_DO[error.code]} (code {error.code})
        </Text>
      </Stack>
    </SectionMessage>
  );
}

/** A failed action (a save, a tag) shown inline beside the control that caused it. */
export function ActionError({ action, error, onDismiss }: { action: string; error: ResolverError; onDismiss: () => void }) {
  return (
    <SectionMessage appearance="error" title={`Could not ${action}`} actions={<SectionMessageAction onClick={onDismiss}>Dismiss</SectionMessageAction>}>
      <Text>{error.message}</Text>
    </SectionMessage>
  );
}
