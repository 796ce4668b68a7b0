import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { runRollup } from '../../dev/cli/rollup';
import type { ExpectedFigures, ExpectedProject } from '../../dev/demo/expected-types';
import { generateSite } from '../../dev/demo/generate-site';
import { compareWithExpected } from '../../dev/expected/compare';

/**
 * The sample site is one worked example; these sites come from the demo generator, whose expected
 * figures are taken from its own simulation state rather than from replaying the changelog it wrote.
 */
const SITES = [
  { seed: 11, now: '2026-11-15T06:00:00.000+0000', timeZone: 'America/Toronto', projects: 3, issuesPerProject: 200 },
  { seed: 12, now: '2026-03-01T02:30:00.000Z', timeZone: 'Asia/Tokyo', projects: 2, issuesPerProject: 250 },
  { seed: 13, now: '2026-07-31T23:30:00.000Z', timeZone: 'Europe/London', projects: 2, issuesPerProject: 150 },
  // Two-board products whose last 3 sprints overall and each board's last 3 disagree on overcommitment.
  { seed: 17, now: '2026-11-15T06:00:00.000+0000', timeZone: 'America/Toronto', projects: 4, issuesPerProject: 150 },
];
const GENERATED = SITES.map((options) => {
  const { fixture, expected } = generateSite(options);
  const file = join(mkdtempSync(join(tmpdir(), 'generated-')), 'site.json');
  writeFileSync(file, JSON.stringify(fixture));
  return { options, expected, file };
});

async function rollup(argv: readonly string[]): Promise<unknown> {
  let stdout = '';
  let stderr = '';
  const code = await runRollup(
    [...argv, '--portfolio'],
    (text) => void (stdout += text),
    (text) => void (stderr += text),
  );
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

/** Every product every viewer of every site may browse, as the oracle gives it. */
const VIEWED: ExpectedProject[] = GENERATED.flatMap(({ expected }) =>
  Object.values(expected.viewers).flatMap((byKey) => Object.values(byKey).flatMap((product) => (product === null ? [] : [product]))),
);

const FLOW = z.object({ velocity: z.number(), timeMedianDays: z.number().nullable(), time85Days: z.number().nullable(), load: z.number() }).strict();
/** What the oracle must give of every product for compare.ts to compare flow, delivery and signals. */
const REVIEW = z
  .object({
    flow: z.object({ feature: FLOW, defect: FLOW, risk: FLOW, debt: FLOW, untagged: FLOW, all: FLOW }).strict(),
    delivery: z
      .object({
        releases: z.array(z.object({ month: z.string(), count: z.number() }).strict()).length(12),
        releaseFrequency: z.number(),
        leadTimeMedianDays: z.number().nullable(),
        changeFailureRate: z.number().nullable(),
        timeToRestoreMedianDays: z.number().nullable(),
      })
      .strict(),
    signals: z.array(z.enum(['no-risk-or-debt', 'untagged-work', 'velocity-drop', 'overcommitment'])),
  })
  .loose();

/**
 * The viewer (other than the admin) with the most figures, product by product, that differ from the
 * admin's: hidden secured work, or a board whose filter spans a project they may not browse. With how many.
 */
function mostDifferentViewer(expected: ExpectedFigures): [string, number] {
  const FIGURES = ['workload', 'velocity', 'flow', 'delivery', 'signals'] as const;
  const differing = (accountId: string) =>
    Object.entries(expected.viewers[accountId] ?? {}).reduce((n, [key, product]) => {
      const admin = expected.projects[key];
      return n + (product === null ? 0 : FIGURES.filter((figure) => JSON.stringify(product[figure]) !== JSON.stringify(admin?.[figure])).length);
    }, 0);
  const ranked = Object.keys(expected.viewers)
    .filter((accountId) => accountId !== expected.viewer)
    .map((accountId): [string, number] => [accountId, differing(accountId)]);
  return ranked.reduce((best, next) => (next[1] > best[1] ? next : best), ['', 0]);
}

describe.each(GENERATED)('rollup on a generated site (seed $options.seed, $options.timeZone)', ({ expected, file }) => {
  it('reproduces every figure of the generator oracle', async () => {
    expect(compareWithExpected(await rollup(['--fixture', file]), expected)).toEqual([]);
  });

  it("reproduces every figure the oracle counts when run as the viewer whose figures differ most from the admin's", async () => {
    const [viewer, differing] = mostDifferentViewer(expected);
    const projects = Object.fromEntries(Object.entries(expected.viewers[viewer] ?? {}).filter(([, product]) => product !== null));
    expect(differing).toBeGreaterThan(0);
    expect(compareWithExpected(await rollup(['--fixture', file, '--as', viewer]), { ...expected, viewer, projects })).toEqual([]);
  });
});

describe('the generator oracle on these sites', () => {
  it('returns flow, delivery and signals for every product when a viewer may browse it, so that no comparison passes by their absence', () => {
    const missing = VIEWED.filter((product) => !REVIEW.safeParse(product).success);
    expect(VIEWED.length).toBeGreaterThan(20);
    expect(missing.map((product) => product.project)).toEqual([]);
  });

  it('returns each of the four figure-based signals on some product when the sites are taken together', () => {
    const seen = new Set(VIEWED.flatMap((product) => product.signals));
    expect([...seen].sort()).toEqual(['no-risk-or-debt', 'overcommitment', 'untagged-work', 'velocity-drop']);
  });

  it('returns flow with work resolved in every category and work in progress when the sites are taken together', () => {
    const buckets = ['feature', 'defect', 'risk', 'debt', 'untagged'] as const;
    expect(buckets.filter((bucket) => !VIEWED.some((product) => product.flow[bucket].velocity > 1))).toEqual([]);
    expect(VIEWED.every((product) => product.flow.all.timeMedianDays !== null && product.flow.all.load > 0)).toBe(true);
  });

  it('returns releases some of them followed by a new defect and some not, lead times and times to restore when the sites are taken together', () => {
    const rates = VIEWED.map((product) => product.delivery.changeFailureRate);
    expect(rates.some((rate) => rate !== null && rate > 0 && rate < 1)).toBe(true);
    expect(rates.includes(0)).toBe(true);
    expect(VIEWED.every((product) => product.delivery.releaseFrequency > 0 && product.delivery.leadTimeMedianDays !== null)).toBe(true);
    expect(VIEWED.some((product) => product.delivery.timeToRestoreMedianDays !== null)).toBe(true);
  });
});
