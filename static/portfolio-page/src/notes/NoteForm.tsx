import Button from '@atlaskit/button/new';
import Form from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { formatMonthName } from '../../../common/format';
import { SaveFailure } from '../../../common/recordForm';
import { useRecordEdit } from '../../../common/useRecordEdit';
import { useUserNames } from '../../../common/users/useUserNames';
import { NoteFields } from './NoteFields';
import { saveNote, type ReviewNote } from './notesApi';
import { NOTE_FIELDS, noteFormValues, notePayload, ownerWords, storedNoteOf, type NoteFormValues } from './noteTerms';

const formStyles = xcss({
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border.focused',
  borderRadius: 'radius.medium',
  padding: 'space.200',
  backgroundColor: 'elevation.surface.raised',
});

export interface NoteFormProps {
  projectKey: string;
  projectName: string;
  /** The note edited; null to add one for `month`. */
  note: ReviewNote | null;
  month: string;
  viewerAccountId: string | null;
  onSaved: (note: ReviewNote) => void;
  onCancel: () => void;
}

function NoteSummary({ note, viewerAccountId }: { note: ReviewNote; viewerAccountId: string | null }) {
  const nameOf = useUserNames([note.ownerAccountId]);
  const action = note.action ? ` · action “${note.action}” (${ownerWords(note.ownerAccountId, viewerAccountId, nameOf)}, ${note.actionState})` : '';
  return <Text size="small">{`“${note.decision}”${action} (version ${note.version})`}</Text>;
}

/**
 * Add or edit a review note in place, under the product it is about: no dialog, so it fits any frame
 * height. Field mistakes show on the field (the server's VALIDATION too); a CONFLICT keeps the
 * reader's text on screen and offers the stored version to start again from.
 */
export function NoteForm({ projectKey, projectName, note, month, viewerAccountId, onSaved, onCancel }: NoteFormProps) {
  const { editing, failure, current, useCurrent, save } = useRecordEdit<ReviewNote>(note, storedNoteOf);
  const submit = (values: NoteFormValues) =>
    save({ send: () => saveNote(projectKey, notePayload(values, editing, month)), prefix: 'note', fields: NOTE_FIELDS, onSaved });
  const title = editing ? `Edit the decision on ${projectName}` : `Add a decision on ${projectName}, ${formatMonthName(month)} review`;
  return (
    <Box xcss={formStyles} testId="note-form" data-print="hide">
      <Form<NoteFormValues> key={editing?.version ?? 'new'} onSubmit={submit}>
        {({ formProps, submitting }) => (
          <form {...formProps} aria-label={title}>
            <Stack space="space.100">
              <Heading size="xsmall" as="h3">
                {title}
              </Heading>
              {failure && (
                <SaveFailure
                  error={failure}
                  what="review note"
                  onUseCurrent={useCurrent}
                  currentSummary={current && <NoteSummary note={current} viewerAccountId={viewerAccountId} />}
                />
              )}
              <NoteFields initial={noteFormValues(editing)} viewerAccountId={viewerAccountId} />
              <Inline space="space.100" alignInline="end">
                <Button appearance="subtle" onClick={onCancel}>
                  Cancel
                </Button>
                <Button appearance="primary" type="submit" isLoading={submitting} testId="note-submit">
                  {editing ? 'Save decision' : 'Add decision'}
                </Button>
              </Inline>
            </Stack>
          </form>
        )}
      </Form>
    </Box>
  );
}
