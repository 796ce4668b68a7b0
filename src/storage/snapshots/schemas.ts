import { z } from 'zod';
import type { ProjectFacts } from '../../domain/facts';
import type { ProductTabFigures, SprintReportIssues } from '../../domain/overview';
import type { PortfolioProductRow } from '../../shared/api';
import { SIGNAL_CODES } from '../../shared/figures';
import { WORK_BUCKETS } from '../../shared/workTypes';

/**
 * The shapes a snapshot's stored values must have when read back. Each is annotated with the type it
 * checks, so the compiler keeps schema and type in step.
 */
const category = z.enum(['new', 'indeterminate', 'done']);
const change = z.object({
  at: z.number(),
  from: z.string().nullable(),
  fromString: z.string().nullable(),
  to: z.string().nullable(),
  toString: z.string().nullable(),
});
const sprint = z.object({ id: z.number(), name: z.string(), startDate: z.string(), completeDate: z.string() });

const releaseVersion = z.object({ id: z.string(), name: z.string(), released: z.boolean(), releaseDate: z.string().nullable() });

export const issueFactsSchema = z.object({
  issue: z.object({
    id: z.string(),
    key: z.string(),
    hierarchyLevel: z.number(),
    issueTypeName: z.string(),
    statusCategory: category,
    labels: z.array(z.string()),
    resolutionDate: z.string().nullable(),
    parent: z.object({ key: z.string(), hierarchyLevel: z.number() }).nullable(),
    workTypeProperty: z.unknown().optional(),
    storyPoints: z.number().nullable(),
  }),
  projectKey: z.string(),
  summary: z.string(),
  created: z.string(),
  statusId: z.string(),
  sprintIds: z.array(z.number()),
  estimates: z.record(z.string(), z.number().nullable()),
  fixVersionIds: z.array(z.string()),
  securityLevelId: z.string().nullable(),
  changes: z.record(z.string(), z.array(change)),
});

export const projectFactsSchema: z.ZodType<ProjectFacts> = z.object({
  projectKey: z.string(),
  projectName: z.string(),
  site: z.object({
    now: z.string(),
    timeZone: z.string(),
    sprintFieldId: z.string().nullable(),
    storyPointFieldId: z.string().nullable(),
    statusCategories: z.record(z.string(), category),
    fieldNames: z.record(z.string(), z.string()),
  }),
  boards: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      type: z.string(),
      estimationFieldId: z.string().nullable(),
      columns: z.array(z.object({ name: z.string(), statusIds: z.array(z.string()) })),
      scope: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('projects'), projectKeys: z.array(z.string()) }),
        z.object({ kind: z.literal('query'), jql: z.string(), issueIds: z.array(z.string()) }),
      ]),
      closedSprints: z.array(sprint),
      openSprints: z.array(
        z.object({ id: z.number(), name: z.string(), state: z.enum(['active', 'future']), startDate: z.string().optional(), endDate: z.string().optional() }),
      ),
    }),
  ),
  issues: z.array(issueFactsSchema),
  versions: z.array(releaseVersion),
});

const countAndPoints = z.object({ count: z.number(), points: z.number() });
const workload = z.object({ feature: countAndPoints, defect: countAndPoints, risk: countAndPoints, debt: countAndPoints, untagged: countAndPoints });
const shares = z.record(z.enum(WORK_BUCKETS), z.number()).nullable();
const reportIssue = z.object({
  key: z.string(),
  outcome: z.enum(['completed', 'notCompleted', 'removed', 'completedOutside']),
  inCommitment: z.boolean(),
  addedDuringSprint: z.boolean(),
  estimateAtStart: z.number().nullable(),
  estimateAtEnd: z.number().nullable(),
  notCountedAtStart: z.enum(['done', 'unmapped']).nullable(),
});
const sprintFigures = sprint.extend({
  committed: z.number(),
  completed: z.number(),
  sayDo: z.number().nullable(),
  issues: z.array(reportIssue),
  issuesOmitted: z.literal(true).optional(),
});

/** The older sprints' reports a snapshot keeps apart from its figures (src/domain/overview.ts). */
export const sprintReportsSchema: z.ZodType<SprintReportIssues[]> = z.array(
  z.object({ boardId: z.number(), sprintId: z.number(), issues: z.array(reportIssue) }),
);

const flowFigures = z.object({ velocity: z.number(), timeMedianDays: z.number().nullable(), time85Days: z.number().nullable(), load: z.number() });
const reviewFigures = {
  flow: z.object({ feature: flowFigures, defect: flowFigures, risk: flowFigures, debt: flowFigures, untagged: flowFigures, all: flowFigures }),
  delivery: z.object({
    releases: z.array(z.object({ month: z.string(), count: z.number() })),
    releaseFrequency: z.number(),
    leadTimeMedianDays: z.number().nullable(),
    changeFailureRate: z.number().nullable(),
    timeToRestoreMedianDays: z.number().nullable(),
  }),
  signals: z.array(z.object({ code: z.enum(SIGNAL_CODES), reason: z.string() })),
};

const productFigures = z.object({
  project: z.string(),
  projectName: z.string(),
  workload: z.object({ months: z.array(workload.extend({ month: z.string() })) }),
  inFlight: workload,
  velocity: z.object({
    boards: z.array(
      z.object({
        id: z.number(),
        name: z.string(),
        estimationFieldId: z.string().nullable(),
        doneColumn: z.string().nullable(),
        sprints: z.array(sprintFigures),
        velocity: z.number().nullable(),
      }),
    ),
  }),
  deliveredPoints: z.array(z.object({ month: z.string(), points: z.number() })),
  ...reviewFigures,
});

export const productTabFiguresSchema: z.ZodType<ProductTabFigures> = z.object({
  site: z.object({ now: z.string(), timeZone: z.string() }),
  product: productFigures,
  shares: z.array(z.object({ month: z.string(), byPoints: shares, byCount: shares })),
  inFlightShares: z.object({ byPoints: shares, byCount: shares }),
  epics: z.array(
    z.object({
      key: z.string(),
      summary: z.string(),
      statusCategory: category,
      workType: z.enum(WORK_BUCKETS),
      source: z.enum(['property', 'label', 'issue-type', 'epic-property', 'epic-label', 'none']),
      deliveredPoints: z.number(),
      remainingPoints: z.number(),
    }),
  ),
});

export const portfolioRowSchema: z.ZodType<PortfolioProductRow> = z.object({
  project: z.string(),
  projectName: z.string(),
  quarter: workload,
  quarterShares: shares,
  velocity: z.number().nullable(),
  previousVelocity: z.number().nullable(),
  sayDo: z.number().nullable(),
  monthlyPoints: z.array(z.object({ month: z.string(), points: z.number() })),
  ...reviewFigures,
});
