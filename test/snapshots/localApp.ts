import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalApp, type LocalApp } from '../../dev/local/app';
import { loadFixture, type SiteFixture } from '../../dev/site/fixture';
import { startJiraSite, type JiraSite } from '../../dev/site/server';
import { resolverFunctions } from '../../src/resolvers/registry';
import type { FigureApi } from '../../src/shared/api';
import type { ProductFigures } from '../../src/shared/figures';
import type { RecordApi } from '../../src/shared/records';

/** Every key the harness may call: the figure surfaces' and the records'. */
type HarnessApi = FigureApi & RecordApi;
import type { ResolverResult } from '../../src/shared/result';

export const SAMPLE_V1 = join(__dirname, '../fixtures/sample-site.json');
export const SAMPLE_V2 = join(__dirname, '../fixtures/sample-site-v2.json');
export const GLOBAL_PAGE = { type: 'jira:globalPage' };

export function projectPage(key: string): unknown {
  return { type: 'jira:projectPage', project: { key } };
}

export interface SnapshotHarness {
  site: JiraSite;
  app: LocalApp;
  stateDir: string;
  /** Resolves once every event delivered so far has been handled and the queue has drained. */
  settled(): Promise<void>;
  call<K extends keyof HarnessApi>(key: K, payload: unknown, accountId: string, extension?: unknown): Promise<ResolverResult<HarnessApi[K]['data']>>;
  close(): Promise<void>;
}

/**
 * The local Jira site serving `fixture` and the app wired to it as on Forge (resolvers, queue,
 * consumer, triggers), with queue delays shrunk to a millisecond a second; events of the site reach
 * the app's trigger. Nothing is refreshed until the test asks.
 */
export async function startHarness(fixture: string | SiteFixture, options: { stateDir?: string } = {}): Promise<SnapshotHarness> {
  const site = await startJiraSite({ fixture: typeof fixture === 'string' ? loadFixture(fixture) : fixture, port: 0 });
  const stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), 'snapshots-'));
  const app = startLocalApp(site.url, stateDir, { msPerSecond: 1 });
  const handling = new Set<Promise<unknown>>();
  const unsubscribe = site.onEvent((event) => {
    const handled = app.onJiraEvent(event).finally(() => handling.delete(handled));
    handling.add(handled);
  });
  const functions = resolverFunctions(app.deps);
  return {
    site,
    app,
    stateDir,
    async settled() {
      while (handling.size > 0) await Promise.all(handling);
      await app.queue.idle();
    },
    async call(key, payload, accountId, extension = GLOBAL_PAGE) {
      const run = functions.get(key);
      if (run === undefined) throw new Error(`no resolver ${key}`);
      // The registry is keyed by string; the key's own data type is the contract in src/shared/api.ts.
      return (await run({ payload, context: { accountId, extension } })) as ResolverResult<HarnessApi[typeof key]['data']>;
    },
    async close() {
      unsubscribe();
      app.close();
      await site.close();
    },
  };
}

/** The product with the reports `figures/get` leaves out (all but each board's last 7 sprints) read through `sprint/report`. */
export async function withEveryReport(harness: SnapshotHarness, product: ProductFigures, viewer: string): Promise<ProductFigures> {
  const boards = await Promise.all(
    product.velocity.boards.map(async (board) => {
      const sprints = await Promise.all(
        board.sprints.map(async (sprint) => {
          if (sprint.issuesOmitted !== true) return sprint;
          const report = await harness.call('sprint/report', { boardId: board.id, sprintId: sprint.id }, viewer, projectPage(product.project));
          if (!report.ok) throw new Error(report.error.message);
          return { ...sprint, issues: report.data.issues };
        }),
      );
      return { ...board, sprints };
    }),
  );
  return { ...product, velocity: { boards } };
}
