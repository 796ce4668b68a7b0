import { useState } from 'react';
import Form from '@atlaskit/form';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { Stack, Text } from '@atlaskit/primitives';
import type { RiskView } from '../../../src/shared/records';
import type { ResolverError } from '../../../src/shared/result';
import { callResolver } from '../resolvers';
import { fieldErrorOf, FormButtons, SaveFailure } from '../recordForm';
import { RiskFields } from './RiskFields';
import { initialValues, RISK_FIELDS, riskPayload, storedRiskOf, type RiskFormValues } from './riskForm';
import { IMPACT_NAMES, LIKELIHOOD_NAMES, STATUS_LABELS, STRATEGY_LABELS } from './riskTerms';

export interface RiskFormProps {
  /** The risk edited; null to add one. */
  risk: RiskView | null;
  /** Epics a new risk starts linked to (added from an epic's panel). */
  linkedIssueKeys?: readonly string[];
  onSaved: (risk: RiskView) => void;
  onClose: () => void;
}

function RiskSummary({ risk }: { risk: RiskView }) {
  return (
    <Text size="small">
      “{risk.statement}” · likelihood {risk.likelihood} ({LIKELIHOOD_NAMES[risk.likelihood]}) · impact {risk.impact} ({IMPACT_NAMES[risk.impact]}) ·{' '}
      {STRATEGY_LABELS[risk.strategy]} · {STATUS_LABELS[risk.status]} (version {risk.version})
    </Text>
  );
}

/**
 * Add or edit a risk in a modal. Field mistakes show on the field (the server's VALIDATION too); a
 * CONFLICT keeps the reader's text on screen and offers the stored version to start again from.
 */
export function RiskFormModal({ risk, linkedIssueKeys = [], onSaved, onClose }: RiskFormProps) {
  const [editing, setEditing] = useState(risk);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const current = failure?.code === 'CONFLICT' ? storedRiskOf(failure.current) : null;

  const submit = async (values: RiskFormValues) => {
    const payload = riskPayload(values, editing);
    if (payload === null) return { likelihood: 'Choose likelihood, impact, strategy and status' };
    setFailure(null);
    const result = await callResolver('risks/save', { risk: payload });
    if (result.ok) return onSaved(result.data);
    const onField = fieldErrorOf(result.error, 'risk', RISK_FIELDS);
    if (onField === null) setFailure(result.error);
    return onField ?? undefined;
  };
  const useCurrent = () => {
    setEditing(current);
    setFailure(null);
  };

  return (
    <Modal onClose={onClose} width="large" label={editing ? 'Edit risk' : 'Add a risk'} testId="risk-form">
      <Form<RiskFormValues> key={editing?.version ?? 'new'} onSubmit={submit}>
        {({ formProps, submitting }) => (
          <form {...formProps}>
            <ModalHeader hasCloseButton>
              <ModalTitle>{editing ? 'Edit risk' : 'Add a risk'}</ModalTitle>
            </ModalHeader>
            <ModalBody>
              <Stack space="space.100">
                {failure && <SaveFailure error={failure} what="risk" onUseCurrent={current ? useCurrent : undefined} currentSummary={current && <RiskSummary risk={current} />} />}
                <RiskFields initial={initialValues(editing, linkedIssueKeys)} />
              </Stack>
            </ModalBody>
            <ModalFooter>
              <FormButtons submitting={submitting} submitLabel={editing ? 'Save risk' : 'Add risk'} onCancel={onClose} />
            </ModalFooter>
          </form>
        )}
      </Form>
    </Modal>
  );
}
