import { Field } from '@atlaskit/form';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import TextArea from '@atlaskit/textarea';
import { Grid } from '@atlaskit/primitives';
import { PRODUCT_ROLES, type ProductProfile, type RecordApi } from '../../../../src/shared/records';
import { FieldMessage, RecordFormModal, useRecordEdit } from '../../../common/RecordFormModal';
import { validateText, type Option } from '../../../common/recordForm';
import { callResolver } from '../../../common/resolvers';
import { initialProfileValues, MONTH_OPTIONS, PROFILE_FIELDS, profilePayload, ROLE_LABELS, validateWhole, type ProfileFormValues } from './profileForm';

type ProfileData = RecordApi['profile/get']['data'];

function NumberField({
  name,
  label,
  help,
  min,
  max,
  initial,
}: {
  name: 'analysisDueDays' | 'riskAppetite';
  label: string;
  help: string;
  min: number;
  max: number;
  initial: string;
}) {
  return (
    <Field name={name} label={label} isRequired defaultValue={initial} validate={(value) => validateWhole(value, min, max)}>
      {({ fieldProps, error }) => (
        <>
          <Textfield {...fieldProps} inputMode="numeric" testId={`profile-${name}`} />
          <FieldMessage error={error} help={help} />
        </>
      )}
    </Field>
  );
}

function ProfileFields({ initial }: { initial: ProfileFormValues }) {
  return (
    <>
      <Field name="productName" label="Product name" isRequired defaultValue={initial.productName} validate={(value) => validateText(value, 120, true)}>
        {({ fieldProps, error }) => (
          <>
            <Textfield {...fieldProps} testId="profile-productName" />
            <FieldMessage error={error} />
          </>
        )}
      </Field>
      <Field<string, HTMLTextAreaElement> name="vision" label="Vision" defaultValue={initial.vision} validate={(value) => validateText(value, 2000, false)}>
        {({ fieldProps, error }) => (
          <>
            <TextArea {...fieldProps} minimumRows={2} testId="profile-vision" />
            <FieldMessage error={error} help="Who the product is for and what it changes for them, in a sentence or two" />
          </>
        )}
      </Field>
      <Grid templateColumns="1fr 1fr 1fr" gap="space.200">
        <Field<Option<number> | null> name="fiscalYearStartMonth" label="Fiscal year starts in" isRequired defaultValue={initial.fiscalYearStartMonth}>
          {({ fieldProps: { id, ...rest }, error }) => (
            <>
              <Select<Option<number>> {...rest} inputId={id} options={MONTH_OPTIONS} menuPosition="fixed" testId="profile-fiscalYearStartMonth" />
              <FieldMessage error={error} help="The roadmap groups months by this year" />
            </>
          )}
        </Field>
        <NumberField
          name="analysisDueDays"
          label="Impact analysis due after (days)"
          help="Days after a release"
          min={0}
          max={365}
          initial={initial.analysisDueDays}
        />
        <NumberField
          name="riskAppetite"
          label="Risk appetite (1–25)"
          help="Risks above this severity are flagged"
          min={1}
          max={25}
          initial={initial.riskAppetite}
        />
      </Grid>
      <Grid templateColumns="1fr 1fr" gap="space.200">
        {PRODUCT_ROLES.map((role) => (
          <Field key={role} name={role} label={ROLE_LABELS[role]} defaultValue={initial[role]}>
            {({ fieldProps, error }) => (
              <>
                <Textfield {...fieldProps} testId={`profile-${role}`} />
                <FieldMessage error={error} help="Atlassian account id" />
              </>
            )}
          </Field>
        ))}
      </Grid>
    </>
  );
}

/** Edit the product's profile; the first save creates it. A CONFLICT shows above the form: close and reopen to edit the stored one. */
export function ProfileFormModal({ data, onSaved, onClose }: { data: ProfileData; onSaved: () => void; onClose: () => void }) {
  const { editing, failure, save } = useRecordEdit<ProductProfile>(data.profile, () => null);
  const submit = (values: ProfileFormValues) =>
    save({ send: () => callResolver('profile/save', { profile: profilePayload(values, editing) }), prefix: 'profile', fields: PROFILE_FIELDS, onSaved });
  return (
    <RecordFormModal<ProfileFormValues>
      title="Edit product profile"
      testId="profile-form"
      formKey={editing?.version ?? 'new'}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Save profile"
      failure={failure && { error: failure, what: 'profile' }}
    >
      <ProfileFields initial={initialProfileValues(editing, data.settings)} />
    </RecordFormModal>
  );
}
