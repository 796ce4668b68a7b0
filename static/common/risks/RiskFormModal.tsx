import { Text } from '@atlaskit/primitives';
import type { RiskView } from '../../../src/shared/records';
import { callResolver } from '../resolvers';
import { RecordFormModal, useRecordEdit } from '../RecordFormModal';
import { useViewerAccountId } from '../users/useViewerAccountId';
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
  const { editing, failure, current, useCurrent, save } = useRecordEdit<RiskView>(risk, storedRiskOf);
  const me = useViewerAccountId();
  const submit = async (values: RiskFormValues) => {
    const payload = riskPayload(values, editing);
    if (payload === null) return { likelihood: 'Choose likelihood, impact, strategy and status' };
    return save({ send: () => callResolver('risks/save', { risk: payload }), prefix: 'risk', fields: RISK_FIELDS, onSaved });
  };
  return (
    <RecordFormModal<RiskFormValues>
      title={editing ? 'Edit risk' : 'Add a risk'}
      testId="risk-form"
      formKey={editing?.version ?? 'new'}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={editing ? 'Save risk' : 'Add risk'}
      failure={failure && { error: failure, what: 'risk', onUseCurrent: useCurrent, currentSummary: current && <RiskSummary risk={current} /> }}
    >
      <RiskFields initial={initialValues(editing, linkedIssueKeys)} me={me} />
    </RecordFormModal>
  );
}
