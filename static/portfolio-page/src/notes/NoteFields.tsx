import { Field } from '@atlaskit/form';
import { RadioGroup } from '@atlaskit/radio';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { Grid } from '@atlaskit/primitives';
import { FieldMessage } from '../../../common/recordForm';
import { validateOptionalDate, validateText } from '../../../common/recordFormText';
import { OwnerField } from '../../../common/users/OwnerField';
import type { NoteFormValues } from './noteTerms';

/** As the resolvers check them, so most mistakes show before saving. */
const MAX_TEXT = 2000;

const STATE_OPTIONS = [
  { value: 'open', label: 'Open' },
  { value: 'done', label: 'Done' },
];

function TextFields({ initial }: { initial: NoteFormValues }) {
  return (
    <>
      <Field<string, HTMLTextAreaElement>
        name="decision"
        label="Decision"
        isRequired
        defaultValue={initial.decision}
        validate={(value) => validateText(value, MAX_TEXT, true)}
      >
        {({ fieldProps, error }) => (
          <>
            <TextArea {...fieldProps} minimumRows={2} testId="note-decision" />
            <FieldMessage error={error} help="What the review decided about this product, in a sentence or two" />
          </>
        )}
      </Field>
      <Field name="action" label="Action" defaultValue={initial.action} validate={(value) => validateText(value, MAX_TEXT, false)}>
        {({ fieldProps, error }) => (
          <>
            <Textfield {...fieldProps} testId="note-action" />
            <FieldMessage error={error} help="What is to be done, if anything; followed up at the next review" />
          </>
        )}
      </Field>
    </>
  );
}

/**
 * The owner is picked from the site's people by name ("Assign to me" in one click); the action state
 * stays a radio group, with no menu to open, so nothing is cut off at a frame's edge.
 */
function ActionFields({ initial, viewerAccountId }: { initial: NoteFormValues; viewerAccountId: string | null }) {
  return (
    <Grid templateColumns="repeat(auto-fit, minmax(12rem, 1fr))" columnGap="space.200">
      <OwnerField name="ownerAccountId" defaultValue={initial.ownerAccountId} testId="note-owner" me={viewerAccountId} />
      <Field name="dueDate" label="Due date" defaultValue={initial.dueDate} validate={validateOptionalDate}>
        {({ fieldProps, error }) => (
          <>
            <Textfield {...fieldProps} type="date" testId="note-dueDate" />
            <FieldMessage error={error} />
          </>
        )}
      </Field>
      <Field name="actionState" label="Action state" defaultValue={initial.actionState}>
        {({ fieldProps: { 'aria-labelledby': labelledBy, ...rest } }) => (
          <RadioGroup {...rest} labelId={labelledBy} options={STATE_OPTIONS} testId="note-actionState" />
        )}
      </Field>
    </Grid>
  );
}

/** The note form's fields: the decision, and the action it sets with its owner, due date and state. */
export function NoteFields({ initial, viewerAccountId }: { initial: NoteFormValues; viewerAccountId: string | null }) {
  return (
    <>
      <TextFields initial={initial} />
      <ActionFields initial={initial} viewerAccountId={viewerAccountId} />
    </>
  );
}
