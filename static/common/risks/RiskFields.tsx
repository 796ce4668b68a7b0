import { Field, HelperMessage, ErrorMessage } from '@atlaskit/form';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import TextArea from '@atlaskit/textarea';
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Box, Grid, xcss } from '@atlaskit/primitives';
import { OwnerField } from '../users/OwnerField';
import { validateIssueKeys, validateOptionalDate, validateText, type Option } from '../recordForm';
import { IMPACT_OPTIONS, LIKELIHOOD_OPTIONS, STATUS_CHOICES, STRATEGY_CHOICES, type RiskFormValues } from './riskForm';
import { STATEMENT_GUIDE } from './riskTerms';

const required = (value: unknown) => (value === null || value === undefined ? 'Required' : undefined);

function Message({ error, help }: { error?: string; help?: string }) {
  if (error) return <ErrorMessage>{error}</ErrorMessage>;
  return help ? <HelperMessage>{help}</HelperMessage> : null;
}

function ChoiceField<V>({
  name,
  label,
  options,
  help,
  defaultValue,
}: {
  name: keyof RiskFormValues;
  label: string;
  options: Option<V>[];
  help?: string;
  defaultValue: Option<V> | null;
}) {
  return (
    <Field<Option<V> | null> name={name} label={label} isRequired defaultValue={defaultValue} validate={required}>
      {({ fieldProps: { id, ...rest }, error }) => (
        <>
          <Select<Option<V>> {...rest} inputId={id} options={options} menuPosition="fixed" testId={`risk-${name}`} />
          <Message error={error} help={help} />
        </>
      )}
    </Field>
  );
}

function OptionalChoice({
  name,
  label,
  options,
  defaultValue,
}: {
  name: keyof RiskFormValues;
  label: string;
  options: Option<number>[];
  defaultValue: Option<number> | null;
}) {
  return (
    <Field<Option<number> | null> name={name} label={label} defaultValue={defaultValue}>
      {({ fieldProps: { id, ...rest }, error }) => (
        <>
          <Select<Option<number>> {...rest} inputId={id} options={options} isClearable menuPosition="fixed" testId={`risk-${name}`} />
          <Message error={error} />
        </>
      )}
    </Field>
  );
}

/** Residual (after the mitigation in place) and target (where the mitigation should bring it): optional, each a pair. */
function AssessmentFields({ initial }: { initial: RiskFormValues }) {
  return (
    <Grid templateColumns="1fr 1fr" gap="space.200">
      <OptionalChoice name="residualLikelihood" label="Residual likelihood" options={LIKELIHOOD_OPTIONS} defaultValue={initial.residualLikelihood} />
      <OptionalChoice name="residualImpact" label="Residual impact" options={IMPACT_OPTIONS} defaultValue={initial.residualImpact} />
      <OptionalChoice name="targetLikelihood" label="Target likelihood" options={LIKELIHOOD_OPTIONS} defaultValue={initial.targetLikelihood} />
      <OptionalChoice name="targetImpact" label="Target impact" options={IMPACT_OPTIONS} defaultValue={initial.targetImpact} />
    </Grid>
  );
}

const toggleStyles = xcss({ alignSelf: 'center' });

/** The risk form's fields, each checked as the server checks it, so most mistakes show before saving. */
export function RiskFields({ initial, me }: { initial: RiskFormValues; me: string | null }) {
  // Folded away until asked for (or when the risk has them), so a new risk's form stays short enough to fit the frame.
  const assessed = [initial.residualLikelihood, initial.residualImpact, initial.targetLikelihood, initial.targetImpact].some((value) => value !== null);
  const [assessing, setAssessing] = useState(assessed);
  return (
    <>
      <Field<string, HTMLTextAreaElement>
        name="statement"
        label="Risk statement"
        isRequired
        defaultValue={initial.statement}
        validate={(value) => validateText(value, 2000, true)}
      >
        {({ fieldProps, error }) => (
          <>
            <TextArea {...fieldProps} placeholder={STATEMENT_GUIDE} minimumRows={3} testId="risk-statement" />
            <Message error={error} help={`Write it as: ${STATEMENT_GUIDE}`} />
          </>
        )}
      </Field>
      <Grid templateColumns="1fr 1fr" gap="space.200">
        <ChoiceField name="likelihood" label="Likelihood" options={LIKELIHOOD_OPTIONS} defaultValue={initial.likelihood} help="How likely it is to happen" />
        <ChoiceField name="impact" label="Impact" options={IMPACT_OPTIONS} defaultValue={initial.impact} help="How bad it would be" />
      </Grid>
      {/* The owner beside strategy and status, without help text, so the form is no taller than before and fits the frame. */}
      <Grid templateColumns="1fr 1fr 1fr" gap="space.200">
        <ChoiceField name="strategy" label="Strategy" options={STRATEGY_CHOICES} defaultValue={initial.strategy} />
        <ChoiceField name="status" label="Status" options={STATUS_CHOICES} defaultValue={initial.status} />
        <OwnerField name="ownerAccountId" defaultValue={initial.ownerAccountId} testId="risk-owner" me={me} />
      </Grid>
      <Field<string, HTMLTextAreaElement>
        name="mitigation"
        label="Mitigation activities"
        defaultValue={initial.mitigation}
        validate={(value) => validateText(value, 4000, false)}
      >
        {({ fieldProps, error }) => (
          <>
            <TextArea {...fieldProps} minimumRows={2} testId="risk-mitigation" />
            <Message error={error} help="What the team does about it, and who" />
          </>
        )}
      </Field>
      {assessing && <AssessmentFields initial={initial} />}
      <Grid templateColumns={assessing ? '1fr 2fr' : '1fr 2fr auto'} gap="space.200">
        <Field name="reviewDate" label="Review date" defaultValue={initial.reviewDate} validate={validateOptionalDate}>
          {({ fieldProps, error }) => (
            <>
              <Textfield {...fieldProps} type="date" testId="risk-reviewDate" />
              <Message error={error} />
            </>
          )}
        </Field>
        <Field name="linkedIssueKeys" label="Linked epics" defaultValue={initial.linkedIssueKeys} validate={validateIssueKeys}>
          {({ fieldProps, error }) => (
            <>
              <Textfield {...fieldProps} placeholder="PAY-12, PAY-15" testId="risk-linkedIssueKeys" />
              <Message error={error} help="Epic keys of this project, separated by commas" />
            </>
          )}
        </Field>
        {!assessing && (
          <Box xcss={toggleStyles}>
            <Button appearance="subtle" onClick={() => setAssessing(true)} testId="risk-show-assessment">
              Add residual and target
            </Button>
          </Box>
        )}
      </Grid>
    </>
  );
}
