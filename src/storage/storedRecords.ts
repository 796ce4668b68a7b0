import { z } from 'zod';
import {
  DEFAULT_RISK_APPETITE,
  RISK_HISTORY_FIELDS,
  RISK_STATUSES,
  RISK_STRATEGIES,
  ROADMAP_STATUSES,
  VERDICTS,
  type ProductProfile,
  type ReleaseAnalysis,
  type Risk,
  type RiskChange,
  type RoadmapItem,
  type SprintCapacity,
} from '../shared/records';
import { ACTION_STATES, REVIEW_NOTE_FIELDS, type ReviewNote, type ReviewNoteChange } from '../shared/reviewNotes';

/**
 * Schemas of values as stored: what the repositories read back is parsed, never cast, so a value
 * written by an older version of the app fails loudly in one place. Only types are checked here;
 * input limits are the services' (src/services/records/schemas.ts).
 */
const audited = {
  id: z.string(),
  version: z.number().int(),
  projectKey: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
};

const account = z.string().optional();

export const storedProfile: z.ZodType<ProductProfile> = z.object({
  ...audited,
  productName: z.string(),
  vision: z.string(),
  roles: z.object({
    headOfProduct: account,
    productManager: account,
    productOwner: account,
    securityChampion: account,
    changeCoordinator: account,
    supportManager: account,
  }),
  fiscalYearStartMonth: z.number().int(),
  analysisDueDays: z.number().int(),
  // Profiles saved before the appetite existed read with the default.
  riskAppetite: z.number().int().default(DEFAULT_RISK_APPETITE),
});

export const storedRoadmapItem: z.ZodType<RoadmapItem> = z.object({
  ...audited,
  title: z.string(),
  outcome: z.string(),
  targetMonth: z.string(),
  status: z.enum(ROADMAP_STATUSES),
  linkedIssueKeys: z.array(z.string()),
  versionId: z.string().optional(),
});

export const storedRisk: z.ZodType<Risk> = z.object({
  ...audited,
  statement: z.string(),
  likelihood: z.number().int(),
  impact: z.number().int(),
  strategy: z.enum(RISK_STRATEGIES),
  mitigation: z.string(),
  ownerAccountId: z.string().optional(),
  residualLikelihood: z.number().int().optional(),
  residualImpact: z.number().int().optional(),
  targetLikelihood: z.number().int().optional(),
  targetImpact: z.number().int().optional(),
  status: z.enum(RISK_STATUSES),
  reviewDate: z.string().optional(),
  linkedIssueKeys: z.array(z.string()),
});

const riskField = z.enum(RISK_HISTORY_FIELDS);
const riskValue = z.union([z.string(), z.number(), z.array(z.string()), z.null()]);

export const storedRiskChange: z.ZodType<RiskChange> = z.object({
  riskId: z.string(),
  version: z.number().int(),
  action: z.enum(['created', 'updated', 'deleted']),
  at: z.string(),
  by: z.string(),
  changes: z.array(z.object({ field: riskField, from: riskValue, to: riskValue })),
});

export const storedCapacity: z.ZodType<SprintCapacity> = z.object({
  ...audited,
  boardId: z.number().int(),
  sprintId: z.number().int(),
  availableDays: z.number(),
});

export const storedAnalysis: z.ZodType<ReleaseAnalysis> = z.object({
  ...audited,
  versionId: z.string(),
  analysisDate: z.string(),
  expectedOutcomes: z.string(),
  analysis: z.string(),
  verdict: z.enum(VERDICTS),
  links: z.array(z.string()),
});

export const storedReviewNote: z.ZodType<ReviewNote> = z.object({
  ...audited,
  month: z.string(),
  decision: z.string(),
  action: z.string().optional(),
  ownerAccountId: z.string().optional(),
  dueDate: z.string().optional(),
  actionState: z.enum(ACTION_STATES),
});

const noteValue = z.union([z.string(), z.null()]);

export const storedReviewNoteChange: z.ZodType<ReviewNoteChange> = z.object({
  noteId: z.string(),
  version: z.number().int(),
  action: z.enum(['created', 'updated', 'deleted']),
  at: z.string(),
  by: z.string(),
  changes: z.array(z.object({ field: z.enum(REVIEW_NOTE_FIELDS), from: noteValue, to: noteValue })),
});

/** Parses a stored value, naming the entity and key when it is not in the expected shape. */
export function parseStored<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`Stored ${where} is not in the expected shape: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
}

/** A value as storage keeps it: plain JSON, with absent optional fields left out. */
export function toStoredValue(record: object): Readonly<Record<string, unknown>> {
  const plain: unknown = JSON.parse(JSON.stringify(record));
  return z.record(z.string(), z.unknown()).parse(plain);
}
