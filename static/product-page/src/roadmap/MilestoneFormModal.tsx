import { Field } from '@atlaskit/form';
import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { Grid, Text } from '@atlaskit/primitives';
import type { RoadmapItem, RoadmapStatus } from '../../../../src/shared/records';
import { validateIssueKeys, validateText, type Option } from '../../../common/recordForm';
import { FieldMessage as Message, RecordFormModal, useRecordEdit } from '../../../common/RecordFormModal';
import { callResolver } from '../../../common/resolvers';
import {
  MILESTONE_FIELDS,
  milestonePayload,
  milestoneValues,
  ROADMAP_STATUS_CHOICES,
  ROADMAP_STATUS_LABELS,
  storedItemOf,
  validateMonth,
  type MilestoneFormValues,
} from './roadmapTerms';

function MilestoneFields({ initial }: { initial: MilestoneFormValues }) {
  return (
    <>
      <Field name="title" label="Milestone" isRequired defaultValue={initial.title} validate={(value) => validateText(value, 200, true)}>
        {({ fieldProps, error }) => (
          <>
            <Textfield {...fieldProps} testId="milestone-title" />
            <Message error={error} />
          </>
        )}
      </Field>
      <Field<string, HTMLTextAreaElement>
        name="outcome"
        label="Business outcome"
        defaultValue={initial.outcome}
        validate={(value) => validateText(value, 2000, false)}
      >
        {({ fieldProps, error }) => (
          <>
            <TextArea {...fieldProps} minimumRows={3} testId="milestone-outcome" />
            <Message error={error} help="What success means, in a few lines an executive reads" />
          </>
        )}
      </Field>
      <Grid templateColumns="1fr 1fr 2fr" gap="space.200">
        <Field name="targetMonth" label="Target month" isRequired defaultValue={initial.targetMonth} validate={validateMonth}>
          {({ fieldProps, error }) => (
            <>
              <Textfield {...fieldProps} type="month" testId="milestone-targetMonth" />
              <Message error={error} />
            </>
          )}
        </Field>
        <Field<Option<RoadmapStatus> | null>
          name="status"
          label="Status"
          isRequired
          defaultValue={initial.status}
          validate={(value) => (value ? undefined : 'Required')}
        >
          {({ fieldProps: { id, ...rest }, error }) => (
            <>
              <Select<Option<RoadmapStatus>> {...rest} inputId={id} options={ROADMAP_STATUS_CHOICES} menuPosition="fixed" testId="milestone-status" />
              <Message error={error} />
            </>
          )}
        </Field>
        <Field name="linkedIssueKeys" label="Linked epics" defaultValue={initial.linkedIssueKeys} validate={validateIssueKeys}>
          {({ fieldProps, error }) => (
            <>
              <Textfield {...fieldProps} placeholder="PAY-12, PAY-15" testId="milestone-linkedIssueKeys" />
              <Message error={error} help="Progress comes from these epics' points" />
            </>
          )}
        </Field>
      </Grid>
    </>
  );
}

/** Adds or edits a roadmap milestone; a new one starts in `month`. */
export function MilestoneFormModal({ item, month, onSaved, onClose }: { item: RoadmapItem | null; month: string; onSaved: () => void; onClose: () => void }) {
  const { editing, failure, current, useCurrent, save } = useRecordEdit<RoadmapItem>(item, storedItemOf);
  const submit = async (values: MilestoneFormValues) => {
    const payload = milestonePayload(values, editing);
    if (payload === null) return { status: 'Required' };
    return save({ send: () => callResolver('roadmap/save', { item: payload }), prefix: 'item', fields: MILESTONE_FIELDS, onSaved });
  };
  const currentSummary = current && (
    <Text size="small">{`“${current.title}”, ${current.targetMonth}, ${ROADMAP_STATUS_LABELS[current.status]} (version ${current.version})`}</Text>
  );
  return (
    <RecordFormModal<MilestoneFormValues>
      title={editing ? 'Edit milestone' : 'Add a milestone'}
      testId="milestone-form"
      formKey={editing?.version ?? 'new'}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={editing ? 'Save milestone' : 'Add milestone'}
      failure={failure && { error: failure, what: 'milestone', onUseCurrent: useCurrent, currentSummary }}
    >
      <MilestoneFields initial={milestoneValues(editing, month)} />
    </RecordFormModal>
  );
}
