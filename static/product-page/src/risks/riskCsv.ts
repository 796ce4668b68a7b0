import type { RiskView } from '../../../../src/shared/records';
import { toCsv } from '../../../common/csv';
import { BAND_LABELS, STATUS_LABELS, STRATEGY_LABELS } from '../../../common/risks/riskTerms';

const HEADER = [
  'Statement',
  'Likelihood',
  'Impact',
  'Severity',
  'Band',
  'Residual severity',
  'Target severity',
  'Above appetite',
  'Strategy',
  'Mitigation',
  'Owner',
  'Status',
  'Review date',
  'Linked epics',
  'Updated',
  'Version',
];

/**
 * The register as a spreadsheet: one row per risk, most severe first; owners by name (`nameOf`, the
 * page's names of people), residual and target severities empty where not assessed.
 */
export function riskRegisterCsv(risks: readonly RiskView[], nameOf: (accountId: string) => string): string {
  const rows = [...risks]
    .sort((a, b) => b.severity - a.severity)
    .map((risk) => [
      risk.statement,
      risk.likelihood,
      risk.impact,
      risk.severity,
      BAND_LABELS[risk.band],
      risk.residualSeverity ?? '',
      risk.targetSeverity ?? '',
      risk.exceedsAppetite ? 'yes' : 'no',
      STRATEGY_LABELS[risk.strategy],
      risk.mitigation,
      risk.ownerAccountId ? nameOf(risk.ownerAccountId) : '',
      STATUS_LABELS[risk.status],
      risk.reviewDate,
      risk.linkedIssueKeys.join(' '),
      risk.updatedAt,
      risk.version,
    ]);
  return toCsv(HEADER, rows);
}
