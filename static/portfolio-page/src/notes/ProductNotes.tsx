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

function Header({ props, onAdd }: { props: ProductNotesProps; onAdd: (() => void) | null }) {
  return (
    <Inline space="space.100" spread="space-between" alignBlock="center" shouldWrap>
      <Inline space="space.100" alignBlock="baseline">
        <ProductLink projectKey={props.projectKey} projectName={props.projectName} onOpen={props.onOpen} testIdPrefix="notes-open" />
        <Text size="small" color="color.text.subtle">
          {props.projectKey}
        </Text>
      </Inline>
      {onAdd && (
        <Box data-print="hide">
          <Button iconBefore={AddIcon} spacing="compact" onClick={onAdd} testId={`add-note-${props.projectKey}`}>
            Add a decision
          </Button>
        </Box>
      )}
    </Inline>
  );
}

function MonthNotes({
  title,
  month,
  none,
  props,
  onEdit,
}: {
  title: string;
  month: string;
  none: string;
  props: ProductNotesProps;
  onEdit: (note: ReviewNote) => void;
}) {
  return (
    <Stack space="space.075">
      <Text weight="semibold">{title}</Text>
      <NoteList notes={notesOf(props.notes, props.projectKey, month)} none={none} props={props} onEdit={onEdit} />
    </Stack>
  );
}

/** One product's decisions: this month's, last month's with their actions' state, and the form in place. */
export function ProductNotes(props: ProductNotesProps) {
  const { projectKey, projectName, month, lastMonth } = props;
  const [editing, setEditing] = useState<Editing>(null);
  const saved = (note: ReviewNote) => {
    props.onSaved(note);
    setEditing(null);
  };
  const edit = (note: ReviewNote) => setEditing({ note });
  return (
    <Box xcss={cardStyles} testId={`notes-${projectKey}`} data-print="keep">
      <Stack space="space.150">
        <Header props={props} onAdd={editing === null ? () => setEditing({ note: null }) : null} />
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
          <MonthNotes title={`Decided at the ${formatMonthName(month)} review`} month={month} none="Nothing recorded yet." props={props} onEdit={edit} />
          <MonthNotes
            title={`From the ${formatMonthName(lastMonth)} review`}
            month={lastMonth}
            none={`Nothing was recorded in ${formatMonthName(lastMonth)}.`}
            props={props}
            onEdit={edit}
          />
        </Grid>
      </Stack>
    </Box>
  );
}
