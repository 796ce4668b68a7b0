import { z } from 'zod';
import { compareWithExpected } from '../expected/compare';
import type { SiteFixture } from '../site/fixture';
import type { JiraSite } from '../site/server';
import type { AppCall } from './appIpc';

export interface Row {
  figure: string;
  value: string;
  target: string;
  met: boolean | null;
}

const okData = z.object({ ok: z.literal(true), data: z.object({ product: z.unknown().optional() }).loose() });
const expectedSchema = z
  .object({ viewer: z.string(), projects: z.record(z.string(), z.unknown()), viewers: z.record(z.string(), z.record(z.string(), z.unknown().nullable())) })
  .loose();

const globalPage = { type: 'jira:globalPage' };
const projectPage = (key: string) => ({ type: 'jira:projectPage', project: { key } });

/** One resolver call as `accountId`: its wall time in the app and the Jira requests it spent. */
async function timed(
  site: JiraSite,
  call: AppCall,
  key: string,
  accountId: string,
  extension: unknown,
): Promise<{ ms: number; requests: number; data: unknown }> {
  site.resetStats();
  const answer = await call({ cmd: 'resolve', key, payload: {}, context: { accountId, extension } });
  const parsed = okData.safeParse(answer.result);
  if (!parsed.success) throw new Error(`${key} as ${accountId} failed: ${JSON.stringify(answer.result).slice(0, 300)}`);
  return { ms: answer.ms, requests: site.stats().requests, data: parsed.data.data };
}

/** Every product's figures as `accountId` sees them through `figures/get`, against the oracle's. */
async function oracleDifferences(call: AppCall, fixture: SiteFixture, accountId: string, want: Record<string, unknown>, expected: unknown): Promise<string[]> {
  const products: unknown[] = [];
  for (const key of Object.keys(want)) {
    const answer = await call({ cmd: 'resolve', key: 'figures/get', payload: { months: 12 }, context: { accountId, extension: projectPage(key) } });
    const parsed = okData.safeParse(answer.result);
    if (!parsed.success || parsed.data.data.product === undefined) return [`${key}: ${JSON.stringify(answer.result).slice(0, 200)}`];
    products.push(parsed.data.data.product);
  }
  // Reports of older sprints come through sprint/report, tested elsewhere; here, each board's last 7 and every figure.
  return compareWithExpected({ products }, { ...expectedSchema.parse(expected), viewer: accountId, projects: want }, { skipOmittedReports: true }).concat(
    fixture.projects.length === 0 ? ['no projects'] : [],
  );
}

/** A viewer who may browse a project with secured issues but holds no security level. */
function viewerWithoutLevels(fixture: SiteFixture): string | undefined {
  return fixture.users.find((user) => user.siteAdmin !== true && user.issueSecurityLevels.length === 0 && Object.keys(user.permissions).length > 0)?.accountId;
}

/** The pages' targets: reading from snapshots, as the admin and as a viewer without levels. */
export async function measureServing(site: JiraSite, call: AppCall, fixture: SiteFixture, expected: unknown, largestKey: string): Promise<Row[]> {
  const oracle = expectedSchema.parse(expected);
  const admin = oracle.viewer;
  const portfolio = await timed(site, call, 'portfolio/overview', admin, globalPage);
  const product = await timed(site, call, 'figures/get', admin, projectPage(largestKey));
  const rows: Row[] = [
    { figure: 'Portfolio review from snapshots: time', value: `${portfolio.ms.toFixed(0)} ms`, target: '< 1000 ms', met: portfolio.ms < 1000 },
    { figure: 'Portfolio review: Jira requests', value: String(portfolio.requests), target: '≤ 2', met: portfolio.requests <= 2 },
    { figure: `Product tab of ${largestKey} from its snapshot: time`, value: `${product.ms.toFixed(0)} ms`, target: '< 300 ms', met: product.ms < 300 },
    { figure: 'Product tab: Jira requests', value: String(product.requests), target: '≤ 2', met: product.requests <= 2 },
  ];
  const differences = await oracleDifferences(call, fixture, admin, oracle.projects, expected);
  rows.push({
    figure: 'figures served equal the oracle (admin)',
    value: differences.length === 0 ? 'yes' : `${differences.length} differ`,
    target: 'all equal',
    met: differences.length === 0,
  });
  differences.slice(0, 3).forEach((line) => console.log(`  differs: ${line}`));
  const viewer = viewerWithoutLevels(fixture);
  if (viewer !== undefined) {
    const want = Object.fromEntries(Object.entries(oracle.viewers[viewer] ?? {}).filter(([, figures]) => figures !== null));
    const hidden = await oracleDifferences(call, fixture, viewer, want, expected);
    rows.push({
      figure: `figures served equal the oracle (${viewer}, no level)`,
      value: hidden.length === 0 ? 'yes' : `${hidden.length} differ`,
      target: 'all equal',
      met: hidden.length === 0,
    });
    hidden.slice(0, 3).forEach((line) => console.log(`  differs: ${line}`));
  }
  return rows;
}
