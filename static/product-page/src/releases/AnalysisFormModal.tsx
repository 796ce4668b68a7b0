import { useState } from 'react';
import Form, { ErrorMessage, Field, HelperMessage } from '@atlaskit/form';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { Grid, Stack, Text } from '@atlaskit/primitives';
import type { ReleaseAnalysis, ReleaseRow, Verdict } from '../../../../src/shared/records';
import type { ResolverError } from '../../../../src/shared/result';
import { formatDate } from '../../../common/format';
import { fieldErrorOf, FormButtons, SaveFailure, validateOptionalDate, validateText, type Option } from '../../../common/recordForm';
import { callResolver } from '../../../common/resolvers';
import { ANALYSIS_FIELDS, analysisPayload, analysisValues, storedAnalysisOf, validateLinks, type AnalysisFormValues } from './analysisForm';
import { shippedText, VERDICT_CHOICES, VERDICT_LABELS } from './releaseTerms';

const Message = ({ error, help }: { error?: string; help: string }) => (error ? <ErrorMessage>{error}</ErrorMessage> : <HelperMessage>{help}</HelperMessage>);

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
        <Field<Option<Verdict> | null> name="verdict" label="Verdict" isRequired defaultValue={initial.verdict} validate={(value) => (value ? undefined : 'Required')}>
          {({ fieldProps: { id, ...rest }, error }) => (
            <>
              <Select<Option<Verdict>> {...rest} inputId={id} options={VERDICT_CHOICES} menuPosition="fixed" testId="analysis-verdict" />
              <Message error={error} help="Did the release achieve what it was for?" />
            </>
          )}
        </Field>
      </Grid>
      <LongText name="expectedOutcomes" label="Expected outcomes" max={3000} initial={initial.expectedOutcomes} help="What the release was meant to change, for whom" />
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
  const [editing, setEditing] = useState<ReleaseAnalysis | undefined>(release.analysis);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const current = failure?.code === 'CONFLICT' ? storedAnalysisOf(failure.current) : null;
  const submit = async (values: AnalysisFormValues) => {
    const payload = analysisPayload(values, release, editing);
    if (payload === null) return { verdict: 'Required' };
    setFailure(null);
    const result = await callResolver('releases/saveAnalysis', { analysis: payload });
    if (result.ok) return onSaved();
    const onField = fieldErrorOf(result.error, 'analysis', ANALYSIS_FIELDS);
    if (onField === null) setFailure(result.error);
    return onField ?? undefined;
  };
  const title = `Impact analysis of ${release.name}`;
  return (
    <Modal onClose={onClose} width="large" label={title} testId="analysis-form">
      <Form<AnalysisFormValues> key={editing?.version ?? 'new'} onSubmit={submit}>
        {({ formProps, submitting }) => (
          <form {...formProps}>
            <ModalHeader hasCloseButton>
              <ModalTitle>{title}</ModalTitle>
            </ModalHeader>
            <ModalBody>
              <Stack space="space.100">
                <Text color="color.text.subtle">{`Released ${release.releaseDate ? formatDate(release.releaseDate) : '(no date)'} · ${shippedText(release)}`}</Text>
                {failure && (
                  <SaveFailure
                    error={failure}
                    what="analysis"
                    onUseCurrent={current ? () => { setEditing(current); setFailure(null); } : undefined}
                    currentSummary={current && <Text size="small">{`${VERDICT_LABELS[current.verdict]} on ${current.analysisDate} (version ${current.version})`}</Text>}
                  />
                )}
                <AnalysisFields initial={analysisValues(editing, today())} />
              </Stack>
            </ModalBody>
            <ModalFooter>
              <FormButtons submitting={submitting} submitLabel="Save analysis" onCancel={onClose} />
            </ModalFooter>
          </form>
        )}
      </Form>
    </Modal>
  );
}
