import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives';
import type { RiskView } from '../../../../src/shared/records';
import { formatDate } from '../../../common/format';
import { BAND_LABELS, BAND_LOZENGES, IMPACT_NAMES, LIKELIHOOD_NAMES, STATUS_LABELS, STRATEGY_LABELS } from '../../../common/risks/riskTerms';

export interface RowActions {
  onEdit: (risk: RiskView) => void;
  onDelete: (risk: RiskView) => void;
}

const CELLS = [
  { key: 'severity', content: 'Severity', isSortable: true },
  { key: 'statement', content: 'Risk', isSortable: true },
  { key: 'likelihood', content: 'Likelihood', isSortable: true },
  { key: 'impact', content: 'Impact', isSortable: true },
  { key: 'strategy', content: 'Strategy', isSortable: true },
  { key: 'status', content: 'Status', isSortable: true },
  { key: 'review', content: 'Review by', isSortable: true },
  { key: 'epics', content: 'Linked epics' },
];

export function riskHead(withActions: boolean) {
  return { cells: withActions ? [...CELLS, { key: 'actions', content: 'Actions' }] : CELLS };
}

function Actions({ risk, actions }: { risk: RiskView; actions: RowActions }) {
  const short = risk.statement.slice(0, 60);
  return (
    <Inline space="space.050">
      <Button spacing="compact" onClick={() => actions.onEdit(risk)} aria-label={`Edit risk: ${short}`}>
        Edit
      </Button>
      <Button spacing="compact" appearance="subtle" onClick={() => actions.onDelete(risk)} aria-label={`Delete risk: ${short}`}>
        Delete
      </Button>
    </Inline>
  );
}

/** One row per risk; dynamic table sorts by a cell's `key`, so sortable cells carry their sort value. */
export function riskRow(risk: RiskView, actions: RowActions | null) {
  const cells = [
    {
      key: risk.severity,
      content: (
        <Lozenge appearance={BAND_LOZENGES[risk.band]} isBold>
          {`${risk.severity} ${BAND_LABELS[risk.band]}`}
        </Lozenge>
      ),
    },
    { key: risk.statement, content: <Text>{risk.statement}</Text> },
    { key: risk.likelihood, content: `${risk.likelihood} ${LIKELIHOOD_NAMES[risk.likelihood] ?? ''}` },
    { key: risk.impact, content: `${risk.impact} ${IMPACT_NAMES[risk.impact] ?? ''}` },
    { key: risk.strategy, content: STRATEGY_LABELS[risk.strategy] },
    { key: risk.status, content: <Lozenge appearance={risk.status === 'open' ? 'inprogress' : 'default'}>{STATUS_LABELS[risk.status]}</Lozenge> },
    { key: risk.reviewDate ?? '9999', content: risk.reviewDate ? formatDate(risk.reviewDate) : '—' },
    { key: 'epics', content: risk.linkedIssueKeys.length > 0 ? risk.linkedIssueKeys.join(', ') : '—' },
  ];
  return {
    key: risk.id,
    testId: `risk-row-${risk.id}`,
    cells: actions ? [...cells, { key: 'actions', content: <Actions risk={risk} actions={actions} /> }] : cells,
  };
}
