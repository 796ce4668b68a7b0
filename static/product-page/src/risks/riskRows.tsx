import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { RiskBand, RiskView } from '../../../../src/shared/records';
import { formatDate } from '../../../common/format';
import { UserName } from '../../../common/users/UserName';
import { BAND_LABELS, BAND_LOZENGES, IMPACT_NAMES, LIKELIHOOD_NAMES, STATUS_LABELS, STRATEGY_LABELS } from '../../../common/risks/riskTerms';
import { IssueLink } from '../../../common/IssueLink';

export interface RowActions {
  onHistory: (risk: RiskView) => void;
  /** Absent for people who may read the register but not edit it. */
  edit: { onEdit: (risk: RiskView) => void; onDelete: (risk: RiskView) => void } | null;
}

/** A name on one line, rather than broken inside a word when the column is narrow. */
const noWrap = xcss({ whiteSpace: 'nowrap' });

const CELLS = [
  { key: 'severity', content: 'Inherent', isSortable: true },
  { key: 'residual', content: 'Residual', isSortable: true },
  { key: 'target', content: 'Target', isSortable: true },
  { key: 'statement', content: 'Risk', isSortable: true },
  { key: 'likelihood', content: 'Likelihood', isSortable: true },
  { key: 'impact', content: 'Impact', isSortable: true },
  { key: 'strategy', content: 'Strategy', isSortable: true },
  { key: 'owner', content: 'Owner', isSortable: true },
  { key: 'status', content: 'Status', isSortable: true },
  { key: 'review', content: 'Review by', isSortable: true },
  { key: 'epics', content: 'Linked epics' },
];

export function riskHead() {
  return { cells: [...CELLS, { key: 'actions', content: 'Actions' }] };
}

function Actions({ risk, actions }: { risk: RiskView; actions: RowActions }) {
  const short = risk.statement.slice(0, 60);
  return (
    <Inline space="space.050">
      {actions.edit && (
        <Button spacing="compact" onClick={() => actions.edit?.onEdit(risk)} aria-label={`Edit risk: ${short}`}>
          Edit
        </Button>
      )}
      <Button
        spacing="compact"
        appearance="subtle"
        onClick={() => actions.onHistory(risk)}
        aria-label={`History of risk: ${short}`}
        testId={`risk-history-${risk.id}`}
      >
        History
      </Button>
      {actions.edit && (
        <Button spacing="compact" appearance="subtle" onClick={() => actions.edit?.onDelete(risk)} aria-label={`Delete risk: ${short}`}>
          Delete
        </Button>
      )}
    </Inline>
  );
}

/** The risk's epics, each opening in Jira. */
function LinkedEpics({ keys }: { keys: readonly string[] }) {
  if (keys.length === 0) return <Text color="color.text.subtlest">—</Text>;
  return (
    <Inline space="space.075" shouldWrap>
      {keys.map((key) => (
        <IssueLink key={key} issueKey={key} />
      ))}
    </Inline>
  );
}

function SeverityLozenge({ severity, band }: { severity: number | null; band: RiskBand | null }) {
  if (severity === null || band === null) return <Text color="color.text.subtlest">—</Text>;
  return (
    <Lozenge appearance={BAND_LOZENGES[band]} isBold>
      {`${severity} ${BAND_LABELS[band]}`}
    </Lozenge>
  );
}

/** One row per risk; dynamic table sorts by a cell's `key`, so sortable cells carry their sort value. */
export function riskRow(risk: RiskView, actions: RowActions, appetite: number, nameOf: (accountId: string) => string) {
  const cells = [
    {
      key: risk.severity,
      content: (
        <Stack space="space.050">
          <SeverityLozenge severity={risk.severity} band={risk.band} />
          {/* Words as well as colour, so the marker reads without seeing red. */}
          {risk.exceedsAppetite && <Lozenge appearance="removed">{`Above appetite (${appetite})`}</Lozenge>}
        </Stack>
      ),
    },
    { key: risk.residualSeverity ?? 0, content: <SeverityLozenge severity={risk.residualSeverity} band={risk.residualBand} /> },
    { key: risk.targetSeverity ?? 0, content: <SeverityLozenge severity={risk.targetSeverity} band={risk.targetBand} /> },
    { key: risk.statement, content: <Text>{risk.statement}</Text> },
    { key: risk.likelihood, content: `${risk.likelihood} ${LIKELIHOOD_NAMES[risk.likelihood] ?? ''}` },
    { key: risk.impact, content: `${risk.impact} ${IMPACT_NAMES[risk.impact] ?? ''}` },
    { key: risk.strategy, content: STRATEGY_LABELS[risk.strategy] },
    // Named from the page's shared cache, so the register asks Jira once for every owner on it; sorted
    // by that name (the rows are made again when names arrive), risks without an owner last.
    {
      key: risk.ownerAccountId ? nameOf(risk.ownerAccountId).toLocaleLowerCase() : '\uffff',
      content: (
        <Box xcss={noWrap}>
          <UserName accountId={risk.ownerAccountId} />
        </Box>
      ),
    },
    { key: risk.status, content: <Lozenge appearance={risk.status === 'open' ? 'inprogress' : 'default'}>{STATUS_LABELS[risk.status]}</Lozenge> },
    { key: risk.reviewDate ?? '9999', content: risk.reviewDate ? formatDate(risk.reviewDate) : '—' },
    { key: 'epics', content: <LinkedEpics keys={risk.linkedIssueKeys} /> },
  ];
  return {
    key: risk.id,
    testId: `risk-row-${risk.id}`,
    cells: [...cells, { key: 'actions', content: <Actions risk={risk} actions={actions} /> }],
  };
}
