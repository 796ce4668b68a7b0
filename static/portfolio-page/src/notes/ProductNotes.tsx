import { useState } from 'react';
import Button from '@atlaskit/button/new';
import AddIcon from '@atlaskit/icon/core/add';
import { Box, Grid, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { formatMonthName } from '../../../common/format';
import { ProductLink } from '../review/ProductCell';
import { NoteForm } from './NoteForm';
import { NoteItem } from './NoteItem';
import type { ReviewNote } from './notesApi';
import { notesOf } from './noteTerms';

const cardStyles = xcss({
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  borderRadius: 'radius.medium',
  padding: 'space.150',
});

export interface ProductNotesProps {
  projectKey: string;
  projectName: string;
  notes: readonly ReviewNote[];
  /** The month under review, and the one before it. */
  month: string;
  lastMonth: string;
  today: string;
  viewerAccountId: string | null;
  onOpen: (projectKey: string) => void;
  onSaved: (note: ReviewNote) => void;
  onDeleted: (id: string) => void;
}

type Editing = { note: ReviewNote | null } | null;

function NoteList({ notes, none, props, onEdit }: { notes: ReviewNote[]; none: string; props: ProductNotesProps; onEdit: (note: ReviewNote) => void }) {
  if (notes.length === 0) return <Text color="color.text.subtle">{none}</Text>;
  return (
    <Stack space="space.150">
      {notes.map((note) => (
        <NoteItem
          key={note.id}
          note={note}
          today={props.today}
          viewerAccountId={props.viewerAccountId}
          onEdit={() => onEdit(note)}
          onSaved={props.onSaved}
          onDeleted={props.onDeleted}
        />
      ))}
    </Stack>
  );
}

/** One product's decisions: this month's, last month's with their actions' state, and the form in place. */
export function ProductNotes(props: ProductNotesProps) {
  const { projectKey, projectName, notes, month, lastMonth } = props;
  const [editing, setEditing] = useState<Editing>(null);
  const saved = (note: ReviewNote) => {
    props.onSaved(note);
    setEditing(null);
  };
  const edit = (note: ReviewNote) => setEditing({ note });
  return (
    <Box xcss={cardStyles} testId={`notes-${projectKey}`} data-print="keep">
      <Stack space="space.150">
        <Inline space="space.100" spread="space-between" alignBlock="center" shouldWrap>
          <Inline space="space.100" alignBlock="baseline">
            <ProductLink projectKey={projectKey} projectName={projectName} onOpen={props.onOpen} testIdPrefix="notes-open" />
            <Text size="small" color="color.text.subtle">
              {projectKey}
            </Text>
          </Inline>
          {editing === null && (
            <Box data-print="hide">
              <Button iconBefore={AddIcon} spacing="compact" onClick={() => setEditing({ note: null })} testId={`add-note-${projectKey}`}>
                Add a decision
              </Button>
            </Box>
          )}
        </Inline>
        {editing && (
          <NoteForm
            projectKey={projectKey}
            projectName={projectName}
            note={editing.note}
            month={month}
            viewerAccountId={props.viewerAccountId}
            onSaved={saved}
            onCancel={() => setEditing(null)}
          />
        )}
        <Grid templateColumns="repeat(auto-fit, minmax(18rem, 1fr))" gap="space.200">
          <Stack space="space.075">
            <Text weight="semibold">{`Decided at the ${formatMonthName(month)} review`}</Text>
            <NoteList notes={notesOf(notes, projectKey, month)} none="Nothing recorded yet." props={props} onEdit={edit} />
          </Stack>
          <Stack space="space.075">
            <Text weight="semibold">{`From the ${formatMonthName(lastMonth)} review`}</Text>
            <NoteList
              notes={notesOf(notes, projectKey, lastMonth)}
              none={`Nothing was recorded in ${formatMonthName(lastMonth)}.`}
              props={props}
              onEdit={edit}
            />
          </Stack>
        </Grid>
      </Stack>
    </Box>
  );
}
