import { useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { CapacitySprintRow } from '../../../../src/shared/records';
import type { ResolverError } from '../../../../src/shared/result';
import { callResolver } from '../../../common/resolvers';
import { maxDays } from '../../../../src/shared/capacityBound';
import { formatDays, parseDays } from './capacityTerms';

const fieldWidth = xcss({ width: '6rem' });

/** What a failed save says next to the field; a conflict reloads, so the other person's value shows. */
function failureText(error: ResolverError): string {
  if (error.code === 'CONFLICT') return 'Someone else changed this meanwhile; their value is shown now. Save again to replace it.';
  return error.message;
}

function startText(row: CapacitySprintRow): string {
  const days = row.capacity?.availableDays ?? row.defaultDays;
  return days === null ? '' : String(days);
}

/**
 * The available person-days of one sprint, saved with Enter or the button. Without a stored value the
 * previous sprint's is offered (prefilled, and said so), so confirming it is one keystroke.
 */
export function DaysEditor({ boardId, row, onSaved }: { boardId: number; row: CapacitySprintRow; onSaved: () => Promise<void> }) {
  const [text, setText] = useState(() => startText(row));
  const [edited, setEdited] = useState(false);
  const [shown, setShown] = useState(() => startText(row));
  const [problem, setProblem] = useState<string | null>(null);
  // Saving another sprint reloads every row (its default may change): the field follows the stored
  // value only while nobody is typing in it, so an unsaved entry is never overwritten.
  const stored = startText(row);
  if (stored !== shown) {
    setShown(stored);
    if (!edited) setText(stored);
  }
  const [saving, setSaving] = useState(false);
  const unchanged = row.capacity !== null && text.trim() === String(row.capacity.availableDays);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDays(text, maxDays(row));
    if ('error' in parsed) {
      setProblem(parsed.error);
      return;
    }
    setSaving(true);
    setProblem(null);
    const capacity = { boardId, sprintId: row.sprintId, availableDays: parsed.days, ...(row.capacity ? { version: row.capacity.version } : {}) };
    const result = await callResolver('capacity/save', { capacity });
    if (!result.ok) setProblem(failureText(result.error));
    // After a conflict the other person's value is shown, as the message says.
    if (result.ok || result.error.code === 'CONFLICT') setEdited(false);
    await onSaved();
    setSaving(false);
  };

  const label = `Available person-days in ${row.name}`;
  return (
    <Stack space="space.050">
      <form onSubmit={(event) => void save(event)} aria-label={label}>
        <Inline space="space.050" alignBlock="center">
          <Box xcss={fieldWidth}>
            <Textfield
              aria-label={label}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value);
                setEdited(true);
              }}
              inputMode="decimal"
              isCompact
              isInvalid={problem !== null}
              testId={`capacity-days-${row.sprintId}`}
            />
          </Box>
          <Button type="submit" spacing="compact" isLoading={saving} isDisabled={unchanged} testId={`capacity-save-${row.sprintId}`}>
            Save
          </Button>
        </Inline>
      </form>
      <EditorNote row={row} problem={problem} />
    </Stack>
  );
}

/** The error sits in a live region that is always there (Text drops `role`), so screen readers announce it. */
function EditorNote({ row, problem }: { row: CapacitySprintRow; problem: string | null }) {
  return (
    <>
      <div role="alert" aria-live="assertive" data-testid={`capacity-problem-${row.sprintId}`}>
        {problem !== null && (
          <Text size="small" color="color.text.danger">
            {problem}
          </Text>
        )}
      </div>
      {problem === null && <DefaultNote row={row} />}
    </>
  );
}

function DefaultNote({ row }: { row: CapacitySprintRow }) {
  if (row.capacity === null && row.defaultDays !== null) {
    return <Text size="small" color="color.text.subtle">{`Not saved yet; ${formatDays(row.defaultDays)} offered from the previous sprint`}</Text>;
  }
  return null;
}
