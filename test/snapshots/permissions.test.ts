import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { compareWithExpected } from '../../dev/expected/compare';
import { SAMPLE_V2, projectPage, startHarness, withEveryReport, type SnapshotHarness } from './localApp';

const workloadMonth = z.object({ month: z.string() }).catchall(z.unknown());
const expectedSchema = z.record(
  z.string(),
  z.record(
    z.string(),
    z
      .object({ workload: z.object({ months: z.array(workloadMonth) }) })
      .loose()
      .nullable(),
  ),
);
/** sample-site-v2.expected.json: every viewer's figures per project (null: may not browse). */
const EXPECTED = expectedSchema.parse(JSON.parse(readFileSync(join(__dirname, '../fixtures/sample-site-v2.expected.json'), 'utf8')));
const VIEWERS = Object.keys(EXPECTED);
const PROJECTS = ['GRT', 'MOB', 'PAY'];

let harness: SnapshotHarness;

beforeAll(async () => {
  harness = await startHarness(SAMPLE_V2);
  await harness.app.runDaily();
  await harness.app.queue.idle();
});

afterAll(() => harness.close());

describe('figures served from snapshots built as the app', () => {
  it.each(VIEWERS.flatMap((viewer) => PROJECTS.map((project) => [viewer, project] as const)))(
    'returns %s exactly the workload, velocity and sprint reports of %s they may see (projects and issue security levels applied)',
    async (viewer, project) => {
      const expected = EXPECTED[viewer]?.[project];
      const result = await harness.call('figures/get', {}, viewer, projectPage(project));
      if (expected === null || expected === undefined) {
        expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
        return;
      }
      if (!result.ok || result.data.asOf === null) throw new Error(JSON.stringify(result));
      expect(result.data.product.workload.months).toEqual(expected.workload.months);
      const product = await withEveryReport(harness, result.data.product, viewer);
      expect(compareWithExpected({ products: [product] }, { viewer, months: 12, projects: { [project]: expected } })).toEqual([]);
    },
  );

  it('returns different workload to a viewer holding the security level and one who does not', async () => {
    const months = async (viewer: string) => {
      const result = await harness.call('figures/get', {}, viewer, projectPage('PAY'));
      return result.ok && result.data.asOf !== null ? result.data.product.workload.months : [];
    };
    expect(await months('557058:admin-0001')).not.toEqual(await months('557058:lead-0002'));
  });

  it('returns in the portfolio overview exactly the products each viewer may browse, with their own quarter', async () => {
    for (const viewer of VIEWERS) {
      const result = await harness.call('portfolio/overview', {}, viewer);
      if (!result.ok) throw new Error(result.error.message);
      const browsable = PROJECTS.filter((project) => EXPECTED[viewer]?.[project] != null);
      expect(result.data.products.map((row) => row.projectKey)).toEqual(browsable);
      for (const row of result.data.products) {
        expect(row.snapshot.status).toBe('ready');
        const months = EXPECTED[viewer]?.[row.projectKey]?.workload.months.slice(-3) ?? [];
        const points = months.reduce((sum, month) => sum + z.object({ defect: z.object({ points: z.number() }) }).parse(month).defect.points, 0);
        expect('quarter' in row ? row.quarter.defect.points : null).toBe(points);
      }
    }
  });

  it('spends at most 2 Jira requests on a Product tab of a project whose boards hold only its own issues, and on the portfolio review', async () => {
    harness.site.resetStats();
    await harness.call('figures/get', {}, '557058:admin-0001', projectPage('MOB'));
    expect(harness.site.stats().requests).toBeLessThanOrEqual(2);
    harness.site.resetStats();
    await harness.call('figures/get', {}, '557058:lead-0002', projectPage('GRT'));
    expect(harness.site.stats().requests).toBeLessThanOrEqual(2);
    harness.site.resetStats();
    await harness.call('portfolio/overview', {}, '557058:lead-0002');
    expect(harness.site.stats().requests).toBeLessThanOrEqual(2);
  });

  it('returns the last 7 sprints of each board with their reports and older ones without, each of those from sprint/report', async () => {
    const result = await harness.call('figures/get', {}, '557058:admin-0001', projectPage('PAY'));
    if (!result.ok || result.data.asOf === null) throw new Error(JSON.stringify(result));
    const board = result.data.product.velocity.boards.find((entry) => entry.id === 1);
    const omitted = board?.sprints.filter((sprint) => sprint.issuesOmitted === true) ?? [];
    expect(board?.sprints.slice(-7).every((sprint) => sprint.issuesOmitted === undefined && sprint.issues.length > 0)).toBe(true);
    expect(omitted.length).toBe((board?.sprints.length ?? 0) - 7);
    expect(omitted.every((sprint) => sprint.issues.length === 0)).toBe(true);
  });

  it('returns NOT_FOUND from sprint/report to a viewer who may not browse the project, and for a sprint the board does not have', async () => {
    expect(await harness.call('sprint/report', { boardId: 1, sprintId: 101 }, '557058:none-0004', projectPage('PAY'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await harness.call('sprint/report', { boardId: 1, sprintId: 999 }, '557058:admin-0001', projectPage('PAY'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await harness.call('sprint/report', { boardId: 'one', sprintId: 101 }, '557058:admin-0001', projectPage('PAY'))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('spends 3 Jira requests on a Product tab whose board also holds another project with secured issues (which projects the viewer may browse is asked too)', async () => {
    harness.site.resetStats();
    await harness.call('figures/get', {}, '557058:lead-0002', projectPage('PAY'));
    expect(harness.site.stats().requests).toBe(3);
  });
});
