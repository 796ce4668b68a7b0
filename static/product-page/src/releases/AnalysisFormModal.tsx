import { Field } from '@atlaskit/form';
import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { Grid, Text } from '@atlaskit/primitives';
import type { ReleaseAnalysis, ReleaseRow, Verdict } from '../../../../src/shared/records';
import { formatDate } from '../../../common/format';
import { validateOptionalDate, validateText, type Option } from '../../../common/recordForm';
import { FieldMessage as Message, RecordFormModal, useRecordEdit } from '../../../common/RecordFormModal';
import { callResolver } from '../../../common/resolvers';
import { ANALYSIS_FIELDS, analysisPayload, analysisValues, storedAnalysisOf, validateLinks, type AnalysisFormValues } from './analysisForm';
import { shippedText, VERDICT_CHOICES, VERDICT_LABELS } from './releaseTerms';

function LongText({ name, label, max, help, initial }: { name: 'expectedOutcomes' | 'analysis'; label: string; max: number; help: string; initial: string }) {
  return (
    <Field<string, HTMLTextAreaElement> name={name} label={label} defaultValue={initial} validate={(value) => validateText(value, max, false)}>
      {({ fieldProps, error }) => (
        <>
          <TextArea {...fieldProps} minimumRows={3} testId={`analysis-${name}`} />
          <Message error={error} help={help} />
        </>
      )}
    </Field>
  );
}

function AnalysisFields({ initial }: { initial: AnalysisFormValues }) {
  const requiredDate = (value: string | undefined) => (value ? validateOptionalDate(value) : 'Required');
  return (
    <>
      <Grid templateColumns="1fr 1fr" gap="space.200">
        <Field name="analysisDate" label="Analysis date" isRequired defaultValue={initial.analysisDate} validate={requiredDate}>
          {({ fieldProps, error }) => (
            <>
              <Textfield {...fieldProps} type="date" testId="analysis-date" />
              <Message error={error} help="When the outcome was measured" />
            </>
          )}
        </Field>
        <Field<Option<Verdict> | null>
          name="verdict"
          label="Verdict"
          isRequired
          defaultValue={initial.verdict}
          validate={(value) => (value ? undefined : 'Required')}
        >
          {({ fieldProps: { id, ...rest }, error }) => (
            <>
              <Select<Option<Verdict>> {...rest} inputId={id} options={VERDICT_CHOICES} menuPosition="fixed" testId="analysis-verdict" />
              <Message error={error} help="Did the release achieve what it was for?" />
            </>
          )}
        </Field>
      </Grid>
      <LongText
        name="expectedOutcomes"
        label="Expected outcomes"
        max={3000}
        initial={initial.expectedOutcomes}
        help="What the release was meant to change, for whom"
      />
      <LongText name="analysis" label="Analysis and evidence" max={6000} initial={initial.analysis} help="What happened, measured how" />
      <Field<string, HTMLTextAreaElement> name="links" label="Evidence links" defaultValue={initial.links} validate={validateLinks}>
        {({ fieldProps, error }) => (
          <>
            <TextArea {...fieldProps} minimumRows={2} placeholder="https://…" testId="analysis-links" />
            <Message error={error} help="Up to 10 web links, one per line" />
          </>
        )}
      </Field>
    </>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

/** Writes or edits the impact analysis of one released version; the answer is the updated release row. */
export function AnalysisFormModal({ release, onSaved, onClose }: { release: ReleaseRow; onSaved: () => void; onClose: () => void }) {
  const { editing, failure, current, useCurrent, save } = useRecordEdit<ReleaseAnalysis>(release.analysis ?? null, storedAnalysisOf);
  const submit = async (values: AnalysisFormValues) => {
    const payload = analysisPayload(values, release, editing ?? undefined);
    if (payload === null) return { verdict: 'Required' };
    return save({ send: () => callResolver('releases/saveAnalysis', { analysis: payload }), prefix: 'analysis', fields: ANALYSIS_FIELDS, onSaved });
  };
  const currentSummary = current && <Text size="small">{`${VERDICT_LABELS[current.verdict]} on ${current.analysisDate} (version ${current.version})`}</Text>;
  return (
    <RecordFormModal<AnalysisFormValues>
      title={`Impact analysis of ${release.name}`}
      testId="analysis-form"
      formKey={editing?.version ?? 'new'}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Save analysis"
      failure={failure && { error: failure, what: 'analysis', onUseCurrent: useCurrent, currentSummary }}
    >
      <Text color="color.text.subtle">{`Released ${release.releaseDate ? formatDate(release.releaseDate) : '(no date)'} · ${shippedText(release)}`}</Text>
      <AnalysisFields initial={analysisValues(editing ?? undefined, today())} />
    </RecordFormModal>
  );
}
