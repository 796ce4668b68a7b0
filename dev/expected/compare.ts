import { z } from 'zod';

/**
 * Compares a rollup's figures with an expected-figures file (the format of
 * ../shared/fixtures/sample-site.expected.json), figure by figure. Used by the tests and the benchmark;
 * each difference is one readable line.
 */
const countAndPoints = z.object({ count: z.number(), points: z.number() });
const month = z.object({
  month: z.string(),
  feature: countAndPoints,
  defect: countAndPoints,
  risk: countAndPoints,
  debt: countAndPoints,
  untagged: countAndPoints,
});
/** The sprint report's fields the expected files hold; estimates are compared where an expected file has them. */
const reportIssue = z.object({
  key: z.string(),
  outcome: z.string(),
  inCommitment: z.boolean(),
  addedDuringSprint: z.boolean(),
  estimateAtStart: z.number().nullable().optional(),
  estimateAtEnd: z.number().nullable().optional(),
});
const sprint = z.object({
  id: z.number(),
  name: z.string(),
  committed: z.number(),
  completed: z.number(),
  issues: z.array(reportIssue).optional(),
  issuesOmitted: z.literal(true).optional(),
});
const board = z.object({ id: z.number(), name: z.string(), sprints: z.array(sprint) });
const product = z.object({
  project: z.string(),
  workload: z.object({ months: z.array(month) }),
  velocity: z.object({ boards: z.array(board) }),
  /** Compared as JSON where the expected file has them (contract v2 files do). */
  flow: z.unknown().optional(),
  delivery: z.unknown().optional(),
  signals: z.array(z.union([z.string(), z.object({ code: z.string() }).loose()])).optional(),
});

export const expectedFileSchema = z.object({
  viewer: z.string(),
  months: z.number(),
  projects: z.record(z.string(), product),
});
export type ExpectedFile = z.infer<typeof expectedFileSchema>;
const rollupSchema = z.object({ products: z.array(product) });

const BUCKETS = ['feature', 'defect', 'risk', 'debt', 'untagged'] as const;

function compareProduct(got: z.infer<typeof product>, want: z.infer<typeof product>, options: CompareOptions): string[] {
  const differences: string[] = [];
  const gotMonths = got.workload.months.map((entry) => entry.month).join(',');
  const wantMonths = want.workload.months.map((entry) => entry.month).join(',');
  if (gotMonths !== wantMonths) differences.push(`${want.project} months: got ${gotMonths}, want ${wantMonths}`);
  want.workload.months.forEach((wantMonth, index) => {
    const gotMonth = got.workload.months[index];
    for (const bucket of BUCKETS) {
      const a = gotMonth?.[bucket];
      const b = wantMonth[bucket];
      if (a?.count !== b.count || a.points !== b.points) {
        differences.push(`${want.project} ${wantMonth.month} ${bucket}: got ${JSON.stringify(a)}, want ${JSON.stringify(b)}`);
      }
    }
  });
  differences.push(...compareReview(got, want));
  const gotBoards = new Map(got.velocity.boards.map((entry) => [entry.id, entry]));
  if (got.velocity.boards.length !== want.velocity.boards.length) {
    differences.push(`${want.project} boards: got ${got.velocity.boards.map((b) => b.id).join(',')}, want ${want.velocity.boards.map((b) => b.id).join(',')}`);
  }
  for (const wantBoard of want.velocity.boards) {
    const gotSprints = gotBoards.get(wantBoard.id)?.sprints ?? [];
    const gotIds = gotSprints.map((entry) => entry.id).join(',');
    const wantIds = wantBoard.sprints.map((entry) => entry.id).join(',');
    if (gotIds !== wantIds) differences.push(`${want.project} board ${wantBoard.id} sprints: got ${gotIds}, want ${wantIds}`);
    for (const wantSprint of wantBoard.sprints) {
      const gotSprint = gotSprints.find((entry) => entry.id === wantSprint.id);
      if (gotSprint?.committed !== wantSprint.committed || gotSprint.completed !== wantSprint.completed) {
        differences.push(
          `${want.project} sprint ${wantSprint.id}: got ${String(gotSprint?.committed)}/${String(gotSprint?.completed)}, want ${wantSprint.committed}/${wantSprint.completed} (committed/completed)`,
        );
      }
      if (!(options.skipOmittedReports === true && gotSprint?.issuesOmitted === true)) {
        differences.push(...compareReports(`${want.project} sprint ${wantSprint.id}`, gotSprint?.issues, wantSprint.issues));
      }
    }
  }
  return differences;
}

type ReportIssue = z.infer<typeof reportIssue>;
const REPORT_FIELDS = ['outcome', 'inCommitment', 'addedDuringSprint', 'estimateAtStart', 'estimateAtEnd'] satisfies (keyof ReportIssue)[];

/** One line per issue whose sprint report entry differs (only the fields the expected entry has). */
function compareReports(where: string, got: readonly ReportIssue[] | undefined, want: readonly ReportIssue[] | undefined): string[] {
  if (want === undefined) return [];
  const gotKeys = (got ?? []).map((entry) => entry.key).join(',');
  const wantKeys = want.map((entry) => entry.key).join(',');
  if (gotKeys !== wantKeys) return [`${where} issues: got ${gotKeys}, want ${wantKeys}`];
  const differences: string[] = [];
  want.forEach((wantIssue, index) => {
    const gotIssue = got?.[index];
    const fields = REPORT_FIELDS.filter((field) => wantIssue[field] !== undefined);
    const differing = fields.filter((field) => gotIssue?.[field] !== wantIssue[field]);
    if (differing.length > 0) {
      const show = (issue: ReportIssue | undefined) => differing.map((field) => `${field}=${String(issue?.[field])}`).join(' ');
      differences.push(`${where} ${wantIssue.key}: got ${show(gotIssue)}, want ${show(wantIssue)}`);
    }
  });
  return differences;
}

/** Differences between a portfolio rollup's output and an expected file; empty when every figure agrees. */
export interface CompareOptions {
  /**
   * Leave out the reports of sprints served without their issues (`figures/get` sends only each
   * board's last 7): for a caller that checks the served figures without asking for every report.
   */
  skipOmittedReports?: boolean;
}

export function compareWithExpected(rollup: unknown, expected: unknown, options: CompareOptions = {}): string[] {
  const got = rollupSchema.parse(rollup);
  const want = expectedFileSchema.parse(expected);
  const gotByKey = new Map(got.products.map((entry) => [entry.project, entry]));
  const differences: string[] = [];
  const extra = got.products.filter((entry) => !(entry.project in want.projects)).map((entry) => entry.project);
  if (extra.length > 0) differences.push(`unexpected products: ${extra.join(', ')}`);
  for (const [key, wantProduct] of Object.entries(want.projects)) {
    const gotProduct = gotByKey.get(key);
    if (gotProduct === undefined) differences.push(`missing product ${key}`);
    else differences.push(...compareProduct(gotProduct, wantProduct, options));
  }
  return differences;
}

const codesOf = (signals: z.infer<typeof product>['signals']): string[] | undefined =>
  signals?.map((signal) => (typeof signal === 'string' ? signal : signal.code));

/** Flow, delivery and signal codes, each one line when it differs from an expected file that has it. */
function compareReview(got: z.infer<typeof product>, want: z.infer<typeof product>): string[] {
  const differences: string[] = [];
  for (const [name, a, b] of [
    ['flow', got.flow, want.flow],
    ['delivery', got.delivery, want.delivery],
    ['signals', codesOf(got.signals), codesOf(want.signals)],
  ] as const) {
    if (b !== undefined && JSON.stringify(a) !== JSON.stringify(b))
      differences.push(`${want.project} ${name}: got ${JSON.stringify(a)}, want ${JSON.stringify(b)}`);
  }
  return differences;
}
