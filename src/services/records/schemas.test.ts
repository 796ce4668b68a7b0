import type { RiskFields } from '../../shared/records';
import { riskFieldChanges } from '../../storage/riskRepository';
import { toStoredValue } from '../../storage/storedRecords';
import { analysisSaveSchema, capacitySaveSchema, LIMITS, profileSaveSchema, riskSaveSchema, roadmapSaveSchema } from './schemas';

const RISK = { statement: 'Given that …', likelihood: 3, impact: 4, strategy: 'avoid', mitigation: '', status: 'open' };

function firstIssue(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): { field: string; message: string } | null {
  const issue = result.error?.issues[0];
  return issue === undefined ? null : { field: issue.path.map(String).join('.'), message: issue.message };
}

describe('riskSaveSchema', () => {
  it.each([
    [{ likelihood: 0 }, 'risk.likelihood', 'must be a whole number from 1 to 5'],
    [{ likelihood: 7 }, 'risk.likelihood', 'must be a whole number from 1 to 5'],
    [{ likelihood: 2.5 }, 'risk.likelihood', 'must be a whole number from 1 to 5'],
    [{ impact: 'high' }, 'risk.impact', 'must be a whole number from 1 to 5'],
    [{ statement: '' }, 'risk.statement', 'must not be empty'],
    [{ statement: 'a statement of 2,001 characters'.padEnd(2001, '.') }, 'risk.statement', 'must be at most 2000 characters'],
    [{ strategy: 'ignore' }, 'risk.strategy', 'must be one of monitor, transfer, avoid, mitigate, prepare, exploit'],
    [{ reviewDate: '2026-13-01' }, 'risk.reviewDate', 'must be a real calendar date as YYYY-MM-DD'],
    [{ linkedIssueKeys: ['pay-1'] }, 'risk.linkedIssueKeys.0', 'must be an issue key like PAY-12'],
  ])('refuses %s naming %s', (change, field, message) => {
    expect(firstIssue(riskSaveSchema.safeParse({ risk: { ...RISK, ...change } }))).toEqual({ field, message });
  });

  it('returns trimmed text, no optional value for an empty one, and linked keys once each', () => {
    const parsed = riskSaveSchema.parse({
      risk: { ...RISK, statement: '  Given that …  ', ownerAccountId: '', reviewDate: null, linkedIssueKeys: ['PAY-1', 'PAY-1'] },
    });
    expect(parsed.risk).toEqual({ ...RISK, statement: 'Given that …', linkedIssueKeys: ['PAY-1'] });
  });

  it('refuses a field the payload does not know at the top level', () => {
    expect(firstIssue(riskSaveSchema.safeParse({ risk: RISK, projectKey: 'GRT' }))?.field).toBe('');
  });
});

describe('the other record schemas', () => {
  it.each([
    ['a one-digit month', roadmapSaveSchema, { item: { title: 'T', outcome: '', targetMonth: '2026-1', status: 'planned' } }, 'item.targetMonth'],
    ['a status with a space', roadmapSaveSchema, { item: { title: 'T', outcome: '', targetMonth: '2026-01', status: 'in progress' } }, 'item.status'],
    ['negative days', capacitySaveSchema, { capacity: { boardId: 1, sprintId: 2, availableDays: -0.5 } }, 'capacity.availableDays'],
    ['board 0', capacitySaveSchema, { capacity: { boardId: 0, sprintId: 2, availableDays: 1 } }, 'capacity.boardId'],
    [
      'start month 0',
      profileSaveSchema,
      { profile: { productName: 'P', vision: '', fiscalYearStartMonth: 0, analysisDueDays: 30 } },
      'profile.fiscalYearStartMonth',
    ],
    [
      'a verdict with a space',
      analysisSaveSchema,
      { analysis: { versionId: '1', analysisDate: '2026-01-01', expectedOutcomes: '', analysis: '', verdict: 'partly achieved' } },
      'analysis.verdict',
    ],
  ] as const)('refuses %s naming the field', (_, schema, payload, field) => {
    expect(firstIssue(schema.safeParse(payload))?.field).toBe(field);
  });
});

/** The largest records the limits allow, in the costliest characters JSON can carry (6 bytes each, as \u0001). */
describe('stored value sizes at the input limits', () => {
  const worst = (length: number): string => '\u0001'.repeat(length);
  const bytes = (value: object): number => Buffer.byteLength(JSON.stringify(toStoredValue(value)), 'utf8');
  const audit = {
    id: 'x'.repeat(36),
    version: 999_999,
    projectKey: 'P'.repeat(10),
    createdAt: '2026-11-15T10:00:00.000Z',
    createdBy: 'a'.repeat(128),
    updatedAt: '2026-11-15T10:00:00.000Z',
    updatedBy: 'a'.repeat(128),
  };
  const keys = Array.from({ length: LIMITS.linkedIssueKeys }, (_, index) => `ABCDEFGHIJ-${100000 + index}`);
  const budget = 96 * 1024;

  it('keeps the largest risk and its largest history entry under 96 KiB', () => {
    const fields: RiskFields = {
      statement: worst(LIMITS.statement),
      likelihood: 5,
      impact: 5,
      strategy: 'mitigate',
      mitigation: worst(LIMITS.mitigation),
      ownerAccountId: 'a'.repeat(128),
      status: 'open',
      reviewDate: '2026-12-01',
      linkedIssueKeys: keys,
    };
    expect(bytes({ ...audit, ...fields })).toBeLessThan(budget);
    const replaced: RiskFields = {
      ...fields,
      statement: '\u0002'.repeat(LIMITS.statement),
      mitigation: '\u0002'.repeat(LIMITS.mitigation),
      linkedIssueKeys: [],
    };
    const changes = riskFieldChanges(fields, replaced);
    expect(changes.map((change) => change.field)).toEqual(['statement', 'mitigation', 'linkedIssueKeys']);
    expect(
      bytes({ riskId: audit.id, projectKey: audit.projectKey, version: 1, action: 'updated', at: audit.createdAt, by: audit.createdBy, changes }),
    ).toBeLessThan(budget);
  });

  it('keeps the largest analysis, roadmap item and profile under 96 KiB', () => {
    const links = Array.from({ length: LIMITS.links }, () => `https://x/${worst(LIMITS.link - 10)}`);
    expect(
      bytes({
        ...audit,
        versionId: '1'.repeat(18),
        analysisDate: '2026-01-01',
        expectedOutcomes: worst(LIMITS.expectedOutcomes),
        analysis: worst(LIMITS.analysis),
        verdict: 'partly-achieved',
        links,
      }),
    ).toBeLessThan(budget);
    expect(
      bytes({
        ...audit,
        title: worst(LIMITS.title),
        outcome: worst(LIMITS.outcome),
        targetMonth: '2026-01',
        status: 'in-progress',
        linkedIssueKeys: keys,
        versionId: '1'.repeat(18),
      }),
    ).toBeLessThan(budget);
    expect(
      bytes({
        ...audit,
        productName: worst(LIMITS.productName),
        vision: worst(LIMITS.vision),
        roles: { headOfProduct: 'a'.repeat(128) },
        fiscalYearStartMonth: 4,
        analysisDueDays: 30,
      }),
    ).toBeLessThan(budget);
  });
});
