import { z } from 'zod';
import { DEFAULT_RISK_APPETITE, RISK_STATUSES, RISK_STRATEGIES, ROADMAP_STATUSES, VERDICTS } from '../../shared/records';

/**
 * The payload schemas of the record resolvers. Every message reads after the field's name
 * ("risk.likelihood: must be a whole number from 1 to 5"). Text limits keep every stored value far
 * below Forge's 240 KiB (schemas.test.ts checks the largest possible records).
 */
export const LIMITS = {
  productName: 120,
  vision: 2000,
  title: 200,
  outcome: 2000,
  statement: 2000,
  mitigation: 4000,
  expectedOutcomes: 3000,
  analysis: 6000,
  link: 500,
  links: 10,
  linkedIssueKeys: 50,
  availableDays: 10_000,
  analysisDueDays: 365,
  decision: 2000,
  action: 2000,
} as const;

export const listOf = (values: readonly string[]): string => values.join(', ');

export function text(max: number, required: boolean) {
  const base = z.string({ error: 'must be text' }).trim().max(max, `must be at most ${max} characters`);
  return required ? base.min(1, 'must not be empty') : base;
}

/** An optional value a form may send as '' or null to mean "none". */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const calendarDate = z
  .string({ error: 'must be a date as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'must be a real calendar date as YYYY-MM-DD');
export const month = z.string({ error: 'must be a month as YYYY-MM' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM');
/** The months a roadmap item may target: each lies in a fiscal year `roadmap/list` takes, and a typo such as 0202-01 is refused rather than stored out of sight. */
export const TARGET_MONTHS = { from: '2000-01', to: '2100-12' } as const;
const targetMonth = month.refine(
  (value) => value >= TARGET_MONTHS.from && value <= TARGET_MONTHS.to,
  `must be a month from ${TARGET_MONTHS.from} to ${TARGET_MONTHS.to}`,
);
export const issueKey = z.string({ error: 'must be an issue key like PAY-12' }).regex(/^[A-Z][A-Z0-9_]+-[1-9]\d*$/, 'must be an issue key like PAY-12');
export const accountId = z.string({ error: 'must be an Atlassian account id' }).regex(/^[A-Za-z0-9:_-]{1,128}$/, 'must be an Atlassian account id');
export const recordId = z.string({ error: 'must be the id of a stored record' }).regex(/^[A-Za-z0-9-]{1,64}$/, 'must be the id of a stored record');
export const version = z.number({ error: 'must be the version number you edited' }).int('must be a whole version number').min(1, 'must be 1 or more');
const versionId = z.string({ error: 'must be a Jira version id' }).regex(/^\d{1,18}$/, 'must be a Jira version id');
const positiveId = (what: string) =>
  z
    .number({ error: `must be a ${what} id (a number)` })
    .int(`must be a ${what} id`)
    .positive(`must be a ${what} id`);
const oneToFive = z
  .number({ error: 'must be a whole number from 1 to 5' })
  .int('must be a whole number from 1 to 5')
  .min(1, 'must be a whole number from 1 to 5')
  .max(5, 'must be a whole number from 1 to 5');
const linkedIssueKeys = z
  .array(issueKey, { error: 'must be a list of issue keys' })
  .max(LIMITS.linkedIssueKeys, `must list at most ${LIMITS.linkedIssueKeys} issues`)
  .transform((keys) => [...new Set(keys)]);
const edit = { id: optional(recordId), version: optional(version) };

export const profileSaveSchema = z
  .object({
    profile: z.object({
      version: optional(version),
      productName: text(LIMITS.productName, true),
      vision: text(LIMITS.vision, false),
      roles: z
        .object({
          headOfProduct: optional(accountId),
          productManager: optional(accountId),
          productOwner: optional(accountId),
          securityChampion: optional(accountId),
          changeCoordinator: optional(accountId),
          supportManager: optional(accountId),
        })
        .default({}),
      fiscalYearStartMonth: z
        .number({ error: 'must be a month number from 1 to 12' })
        .int('must be a month number from 1 to 12')
        .min(1, 'must be a month number from 1 to 12')
        .max(12, 'must be a month number from 1 to 12'),
      analysisDueDays: z
        .number({ error: 'must be a number of days' })
        .int('must be a whole number of days')
        .min(0, 'must be 0 or more days')
        .max(LIMITS.analysisDueDays, `must be at most ${LIMITS.analysisDueDays} days`),
      riskAppetite: z
        .number({ error: 'must be a severity from 1 to 25' })
        .int('must be a whole severity from 1 to 25')
        .min(1, 'must be a severity from 1 to 25')
        .max(25, 'must be a severity from 1 to 25')
        .default(DEFAULT_RISK_APPETITE),
    }),
  })
  .strict();

export const roadmapSaveSchema = z
  .object({
    item: z.object({
      ...edit,
      title: text(LIMITS.title, true),
      outcome: text(LIMITS.outcome, false),
      targetMonth,
      status: z.enum(ROADMAP_STATUSES, { error: `must be one of ${listOf(ROADMAP_STATUSES)}` }),
      linkedIssueKeys: linkedIssueKeys.default([]),
      versionId: optional(versionId),
    }),
  })
  .strict();

export const riskSaveSchema = z
  .object({
    risk: z.object({
      ...edit,
      statement: text(LIMITS.statement, true),
      likelihood: oneToFive,
      impact: oneToFive,
      strategy: z.enum(RISK_STRATEGIES, { error: `must be one of ${listOf(RISK_STRATEGIES)}` }),
      mitigation: text(LIMITS.mitigation, false).default(''),
      ownerAccountId: optional(accountId),
      residualLikelihood: optional(oneToFive),
      residualImpact: optional(oneToFive),
      targetLikelihood: optional(oneToFive),
      targetImpact: optional(oneToFive),
      status: z.enum(RISK_STATUSES, { error: `must be one of ${listOf(RISK_STATUSES)}` }),
      reviewDate: optional(calendarDate),
      linkedIssueKeys: linkedIssueKeys.default([]),
    }),
  })
  .strict()
  .superRefine(({ risk }, context) => {
    // A severity needs both halves; a lone likelihood or impact would silently count as no residual (target) risk.
    for (const [likelihood, impact] of [
      ['residualLikelihood', 'residualImpact'],
      ['targetLikelihood', 'targetImpact'],
    ] as const) {
      const missing = risk[likelihood] === undefined ? (risk[impact] === undefined ? null : likelihood) : risk[impact] === undefined ? impact : null;
      if (missing !== null)
        context.addIssue({ code: 'custom', path: ['risk', missing], message: `must be given with ${missing === likelihood ? impact : likelihood}` });
    }
  });

export const deleteSchema = z.object({ id: recordId, version }).strict();
export const riskHistorySchema = z.object({ id: recordId, cursor: optional(z.string().max(2000, 'must be a cursor from a previous page')) }).strict();
export const riskListSchema = z.object({ linkedIssueKey: optional(issueKey) }).strict();
export const roadmapListSchema = z
  .object({
    fiscalYear: optional(
      z
        .number({ error: 'must be a year like 2026' })
        .int('must be a year like 2026')
        .min(1970, 'must be a year like 2026')
        .max(9998, 'must be a year like 2026'),
    ),
    linkedIssueKey: optional(issueKey),
  })
  .strict();

export const capacityListSchema = z.object({ boardId: positiveId('board') }).strict();
export const capacitySaveSchema = z
  .object({
    capacity: z.object({
      boardId: positiveId('board'),
      sprintId: positiveId('sprint'),
      version: optional(version),
      availableDays: z
        .number({ error: 'must be a number of person-days' })
        .min(0, 'must be 0 or more person-days')
        .max(LIMITS.availableDays, `must be at most ${LIMITS.availableDays} person-days`),
    }),
  })
  .strict();

const link = z
  .url({ protocol: /^https?$/, error: 'must be a web link starting with http:// or https://' })
  .max(LIMITS.link, `must be at most ${LIMITS.link} characters`);
export const analysisSaveSchema = z
  .object({
    analysis: z.object({
      versionId,
      version: optional(version),
      analysisDate: calendarDate,
      expectedOutcomes: text(LIMITS.expectedOutcomes, false),
      analysis: text(LIMITS.analysis, false),
      verdict: z.enum(VERDICTS, { error: `must be one of ${listOf(VERDICTS)}` }),
      links: z.array(link, { error: 'must be a list of web links' }).max(LIMITS.links, `must list at most ${LIMITS.links} links`).default([]),
    }),
  })
  .strict();

export const emptySchema = z.object({}).strict();

export type ProfileSave = z.output<typeof profileSaveSchema>['profile'];
export type RoadmapSave = z.output<typeof roadmapSaveSchema>['item'];
export type RiskSave = z.output<typeof riskSaveSchema>['risk'];
export type CapacitySave = z.output<typeof capacitySaveSchema>['capacity'];
export type AnalysisSave = z.output<typeof analysisSaveSchema>['analysis'];
