import { riskViewOf, type Risk } from '../../../../../src/shared/records';
import { riskRegisterCsv } from '../../../../../static/product-page/src/risks/riskCsv';

const STORED = {
  projectKey: 'PAY',
  version: 2,
  createdAt: '2026-10-01T09:00:00.000Z',
  createdBy: 'acc-admin',
  updatedAt: '2026-11-02T09:00:00.000Z',
  updatedBy: 'acc-admin',
  mitigation: 'Dual-run',
  strategy: 'mitigate',
  status: 'open',
  linkedIssueKeys: ['PAY-16'],
} as const;

function risk(fields: Partial<Risk> & Pick<Risk, 'id' | 'statement' | 'likelihood' | 'impact'>): Risk {
  return { ...STORED, linkedIssueKeys: [...STORED.linkedIssueKeys], ...fields };
}

const names: Record<string, string> = { 'acc-ana': 'Ana Souza' };
const nameOf = (accountId: string) => names[accountId] ?? 'Unknown user';

describe('the risk register as a spreadsheet', () => {
  it('returns owners by name and residual and target severities, most severe first', () => {
    const assessed = risk({ id: 'r-1', statement: 'Fees rise', likelihood: 4, impact: 5, residualLikelihood: 2, residualImpact: 3, ownerAccountId: 'acc-ana' });
    const plain = risk({ id: 'r-2', statement: 'Partners lag', likelihood: 2, impact: 2 });
    const lines = riskRegisterCsv([riskViewOf(plain, 12), riskViewOf(assessed, 5)], nameOf)
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'Statement,Likelihood,Impact,Severity,Band,Residual severity,Target severity,Above appetite,Strategy,Mitigation,Owner,Status,Review date,Linked epics,Updated,Version',
    );
    expect(lines[1]).toBe('Fees rise,4,5,20,High,6,,yes,Mitigate,Dual-run,Ana Souza,Open,,PAY-16,2026-11-02T09:00:00.000Z,2');
    expect(lines[2]).toBe('Partners lag,2,2,4,Low,,,no,Mitigate,Dual-run,,Open,,PAY-16,2026-11-02T09:00:00.000Z,2');
  });

  it('returns only the header when the register is empty', () => {
    expect(riskRegisterCsv([], nameOf).trim().split(/\r?\n/)).toHaveLength(1);
  });
});
