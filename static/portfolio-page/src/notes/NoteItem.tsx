import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { ResolverError, ResolverResult } from '../../../../src/shared/result';
import { formatDate } from '../../../common/format';
import { SaveFailure } from '../../../common/recordForm';
import { useUserNames } from '../../../common/users/useUserNames';
import { deleteNote, saveNote, type ReviewNote } from './notesApi';
import { ACTION_STATUS_LABELS, ACTION_STATUS_LOZENGES, actionStatus, editOf, ownerWords, storedNoteOf } from './noteTerms';

export interface NoteItemProps {
  note: ReviewNote;
  today: string;
  viewerAccountId: string | null;
  onEdit: () => void;
  onSaved: (note: ReviewNote) => void;
  onDeleted: (id: string) => void;
}

function ActionLine({ note, today, viewerAccountId }: { note: ReviewNote; today: string; viewerAccountId: string | null }) {
  const status = actionStatus(note, today);
  const nameOf = useUserNames([note.ownerAccountId]);
  if (status === 'none' || note.action === undefined) return <Text color="color.text.subtle">No action set.</Text>;
  const due = note.dueDate ? ` · due ${formatDate(`${note.dueDate}T12:00:00Z`)}` : '';
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap>
      <Lozenge appearance={ACTION_STATUS_LOZENGES[status]} testId={`note-state-${note.id}`}>
        {ACTION_STATUS_LABELS[status]}
      </Lozenge>
      <Text>{`Action: ${note.action}`}</Text>
      <Text size="small" color="color.text.subtle">{`${ownerWords(note.ownerAccountId, viewerAccountId, nameOf)}${due}`}</Text>
    </Inline>
  );
}

/** Mark done or reopen, and delete after asking in place: one version-checked call each. */
function useNoteActions({ note, onSaved, onDeleted }: Pick<NoteItemProps, 'note' | 'onSaved' | 'onDeleted'>) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const run = async <T,>(call: () => Promise<ResolverResult<T>>, done: (data: T) => void) => {
    setBusy(true);
    setFailure(null);
    const result = await call();
    setBusy(false);
    if (result.ok) done(result.data);
    else setFailure(result.error);
  };
  const toggle = () => run(() => saveNote(note.projectKey, editOf(note, { actionState: note.actionState === 'done' ? 'open' : 'done' })), onSaved);
  const remove = () =>
    run(
      () => deleteNote(note),
      () => onDeleted(note.id),
    );
  const current = failure?.code === 'CONFLICT' ? storedNoteOf(failure.current) : null;
  const useCurrent = current
    ? () => {
        setFailure(null);
        onSaved(current);
      }
    : undefined;
  return { busy, failure, useCurrent, toggle, remove };
}

type NoteActions = ReturnType<typeof useNoteActions>;

function ConfirmDeleteInline({ note, actions, onKeep }: { note: ReviewNote; actions: NoteActions; onKeep: () => void }) {
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap>
      <Text>Delete this decision? Its history is kept.</Text>
      <Button appearance="danger" spacing="compact" isLoading={actions.busy} onClick={() => void actions.remove()} testId={`note-delete-confirm-${note.id}`}>
        Delete
      </Button>
      <Button appearance="subtle" spacing="compact" onClick={onKeep}>
        Keep it
      </Button>
    </Inline>
  );
}

function NoteButtons({ note, actions, onEdit, onDelete }: { note: ReviewNote; actions: NoteActions; onEdit: () => void; onDelete: () => void }) {
  return (
    <Inline space="space.050">
      <Button spacing="compact" onClick={onEdit} testId={`note-edit-${note.id}`}>
        Edit
      </Button>
      {note.action && (
        <Button spacing="compact" isLoading={actions.busy} onClick={() => void actions.toggle()} testId={`note-toggle-${note.id}`}>
          {note.actionState === 'done' ? 'Reopen the action' : 'Mark the action done'}
        </Button>
      )}
      <Button spacing="compact" appearance="subtle" onClick={onDelete}>
        Delete
      </Button>
    </Inline>
  );
}

/** One review note: the decision, its action with owner, due date and state, and what may be done with it. */
export function NoteItem({ note, today, viewerAccountId, onEdit, onSaved, onDeleted }: NoteItemProps) {
  const [confirming, setConfirming] = useState(false);
  const actions = useNoteActions({ note, onSaved, onDeleted });
  return (
    <Stack space="space.075" testId={`note-${note.id}`}>
      <Text weight="medium">{note.decision}</Text>
      <ActionLine note={note} today={today} viewerAccountId={viewerAccountId} />
      <Box data-print="hide">
        {confirming ? (
          <ConfirmDeleteInline note={note} actions={actions} onKeep={() => setConfirming(false)} />
        ) : (
          <NoteButtons note={note} actions={actions} onEdit={onEdit} onDelete={() => setConfirming(true)} />
        )}
      </Box>
      {actions.failure && <SaveFailure error={actions.failure} what="review note" onUseCurrent={actions.useCurrent} />}
    </Stack>
  );
}
