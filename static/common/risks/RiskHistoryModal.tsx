import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { RiskChange, RiskView } from '../../../src/shared/records';
import type { ResolverError } from '../../../src/shared/result';
import { DialogLayout } from '../dialogs/DialogLayout';
import { formatDate } from '../format';
import { callResolver } from '../resolvers';
import { ErrorState, LoadingState } from '../states';
import { useResolver } from '../useResolver';
import { useUserNames } from '../users/useUserNames';
import { ACTION_LABELS, FIELD_LABELS, valueText } from './riskHistoryText';

const listStyles = xcss({ listStyle: 'none', padding: 'space.0', margin: 'space.0' });
const entryStyles = xcss({ paddingBlock: 'space.100', borderBlockEndWidth: 'border.width', borderBlockEndStyle: 'solid', borderBlockEndColor: 'color.border' });

type NameOf = (accountId: string) => string;

/** An owner change names people; every other value reads as the form shows it. */
function shown(change: RiskChange['changes'][number], side: 'from' | 'to', nameOf: NameOf): string {
  const value = change[side];
  return change.field === 'ownerAccountId' && typeof value === 'string' && value !== '' ? nameOf(value) : valueText(change.field, value);
}

/** Who changed the risk and whom its owner changes name: the people, not their account ids. */
function peopleIn(entries: readonly RiskChange[]): string[] {
  const owners = entries.flatMap((entry) => entry.changes.filter((change) => change.field === 'ownerAccountId').flatMap((change) => [change.from, change.to]));
  return [...entries.map((entry) => entry.by), ...owners.filter((value): value is string => typeof value === 'string')];
}

function Entry({ entry, nameOf }: { entry: RiskChange; nameOf: NameOf }) {
  return (
    <Box as="li" xcss={entryStyles} testId={`risk-history-entry-${entry.version}`}>
      <Stack space="space.050">
        <Heading size="xxsmall" as="h2">{`${ACTION_LABELS[entry.action]} on ${formatDate(entry.at)} by ${nameOf(entry.by)}`}</Heading>
        {entry.changes.map((change) => (
          <Text key={change.field}>{`${FIELD_LABELS[change.field]}: ${shown(change, 'from', nameOf)} → ${shown(change, 'to', nameOf)}`}</Text>
        ))}
      </Stack>
    </Box>
  );
}

/** The first page loads with the dialog; each "Show older changes" appends the next page. */
function useHistory(id: string) {
  const first = useResolver('risks/history', { id }, "this risk's history");
  const [older, setOlder] = useState<{ entries: RiskChange[]; nextCursor?: string } | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [loading, setLoading] = useState(false);
  const nextCursor = older === null ? (first.resource.status === 'ready' ? first.resource.data.nextCursor : undefined) : older.nextCursor;
  const more = async () => {
    if (nextCursor === undefined) return;
    setLoading(true);
    const result = await callResolver('risks/history', { id, cursor: nextCursor });
    setLoading(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setOlder((before) => ({ entries: [...(before?.entries ?? []), ...result.data.entries], nextCursor: result.data.nextCursor }));
  };
  return { first, entries: older?.entries ?? [], nextCursor, error, loading, more };
}

/** A risk's change history: who changed what, when, from what to what; kept after the risk is deleted. */
export function RiskHistoryModal({ risk, onClose }: { risk: RiskView; onClose: () => void }) {
  const { first, entries, nextCursor, error, loading, more } = useHistory(risk.id);
  const { resource } = first;
  const listed = resource.status === 'ready' ? [...resource.data.entries, ...entries] : [];
  const nameOf = useUserNames(peopleIn(listed));
  return (
    <DialogLayout
      title="Risk history"
      testId="risk-history"
      onClose={onClose}
      footer={
        <>
          {nextCursor !== undefined && (
            <Button isLoading={loading} onClick={() => void more()} testId="risk-history-more">
              Show older changes
            </Button>
          )}
          <Button appearance="primary" onClick={onClose}>
            Close
          </Button>
        </>
      }
    >
      <Stack space="space.100">
        <Text color="color.text.subtle">{risk.statement}</Text>
        {resource.status === 'loading' && <LoadingState label="Loading the history…" />}
        {resource.status === 'failed' && <ErrorState what={resource.what} error={resource.error} onRetry={() => void first.reload()} />}
        {resource.status === 'ready' && (
          <Box as="ul" xcss={listStyles} aria-label="Changes, newest first">
            {listed.map((entry) => (
              <Entry key={entry.version} entry={entry} nameOf={nameOf} />
            ))}
          </Box>
        )}
        {error && <ErrorState what="older changes" error={error} onRetry={() => void more()} />}
      </Stack>
    </DialogLayout>
  );
}
