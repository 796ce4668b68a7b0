import type { RiskView } from '../../../../src/shared/records';
import { toCsv } from '../../../common/csv';
import { BAND_LABELS, STATUS_LABELS, STRATEGY_LABELS } from '../../../common/risks/riskTerms';

const HEADER = [
  'Statement',
  'Likelihood',
  'Impact',
  'Severity',
  'Band',
  'Strategy',
  'Mitigation',
  'Status',
  'Review date',
  'Linked epics',
  'Updated',
  'Version',
];

/** The register as a spreadsheet: one row per risk, most severe first. */
export function riskRegisterCsv(risks: readonly RiskView[]): string {
  const rows = [...risks]
    .sort((a, b) => b.severity - a.severity)
    .map((risk) => [
      risk.statement,
      risk.likelihood,
      risk.impact,
      risk.severity,
      BAND_LABELS[risk.band],
      STRATEGY_LABELS[risk.strategy],
      risk.mitigation,
      STATUS_LABELS[risk.status],
      risk.reviewDate,
      risk.linkedIssueKeys.join(' '),
      risk.updatedAt,
      risk.version,
    ]);
  return toCsv(HEADER, rows);
}
