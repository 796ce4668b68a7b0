import { z } from 'zod';
import { generateSite } from '../../dev/demo/generate-site';
import { compareWithExpected } from '../../dev/expected/compare';
import { parseFixture } from '../../dev/site/fixture';
import { projectPage, startHarness, withEveryReport, type SnapshotHarness } from './localApp';

/** Three sensitive products with a quarter of their work under two levels: specialists hold one each. */
const GENERATED = generateSite({
  seed: 11,
  now: '2026-11-15T06:00:00Z',
  timeZone: 'Europe/London',
  projects: 8,
  issuesPerProject: 120,
  securedShare: 0.25,
  months: 6,
});
const FIXTURE = parseFixture(GENERATED.fixture, 'a site with secured work');
const EXPECTED = z
  .object({ viewers: z.record(z.string(), z.record(z.string(), z.unknown().nullable())) })
  .loose()
  .parse(GENERATED.expected);

let harness: SnapshotHarness;

beforeAll(async () => {
  harness = await startHarness(FIXTURE);
  await harness.app.runDaily();
  await harness.settled();
});

afterAll(() => harness.close());

describe('snapshots served to every viewer of a site with secured work', () => {
  it.each(FIXTURE.users.map((user) => [user.accountId, user.issueSecurityLevels.join(', ') || 'none'] as const))(
    'returns %s (levels: %s) every figure of every product exactly as the oracle counts what they may see',
    async (accountId) => {
      const want = EXPECTED.viewers[accountId] ?? {};
      const products: unknown[] = [];
      for (const [projectKey, figures] of Object.entries(want)) {
        const result = await harness.call('figures/get', { months: 12 }, accountId, projectPage(projectKey));
        if (figures === null) {
          expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
          continue;
        }
        if (!result.ok || result.data.asOf === null) throw new Error(JSON.stringify(result));
        products.push(await withEveryReport(harness, result.data.product, accountId));
      }
      const browsable = Object.fromEntries(Object.entries(want).filter(([, figures]) => figures !== null));
      expect(compareWithExpected({ products }, { ...GENERATED.expected, viewer: accountId, projects: browsable })).toEqual([]);
    },
  );
});
