import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createResolverHandler } from '../../src/resolvers/registry';
import type { SiteFixture } from '../site/fixture';
import { startJiraSite, type JiraSite } from '../site/server';
import { simulateDay } from '../site/simulateDay';
import { startLocalApp, type LocalApp } from './app';
import { handleHostRequest, type HostContext } from './hostRoutes';
import { sendJson } from './http';

function portOf(address: AddressInfo | string | null): number {
  if (address === null || typeof address === 'string') throw new Error(`the local site is not listening on a TCP port: ${String(address)}`);
  return address.port;
}

export interface LocalSiteOptions {
  fixture: SiteFixture;
  /** 0 picks a free port (tests). */
  port: number;
  /** The local record store's directory; created when missing. */
  stateDir: string;
  host?: string;
  /** Skip the first full build at start (tests that drive the queue themselves). */
  skipInitialRefresh?: boolean;
  /** Resolve only once the first snapshots are stored (tests that read figures at once). */
  awaitFirstSnapshots?: boolean;
}

export interface LocalSite {
  /** The Jira-like site with the app's surfaces. */
  url: string;
  /** The local Jira site (REST API) the resolvers call. */
  jiraUrl: string;
  /** The app's background half: the queue, its consumer and the triggers. */
  app: LocalApp;
  jira: JiraSite;
  close(): Promise<void>;
}

/**
 * Queue delays run 100 times faster than on Forge, so the daily fan-out's 15-minute spread and the
 * retry backoff take seconds on a laptop; their order and relative spacing are Forge's.
 */
const LOCAL_MS_PER_QUEUE_SECOND = 10;

/**
 * The local Jira site's clock runs in real time from the fixture's `now`, as a real site's does, so a
 * refresh a person asks for is a newer snapshot; "Simulate a day of work" jumps it ahead.
 */
function tickInRealTime(jira: JiraSite): NodeJS.Timeout {
  let last = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    jira.advanceClock(now - last);
    last = now;
  }, 1000);
  timer.unref();
  return timer;
}

/** The scheduled trigger's interval (manifest `interval: day`). */
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Starts the local Jira site on its own port, then the Jira-like host that stands in for Forge: it
 * serves the real Custom UI builds in frames and answers `POST /__bridge/invoke` through the app's
 * own resolver handler. Resolves once both listen.
 */
export async function startLocalSite(options: LocalSiteOptions): Promise<LocalSite> {
  mkdirSync(options.stateDir, { recursive: true });
  const host = options.host ?? '127.0.0.1';
  const jira = await startJiraSite({ fixture: options.fixture, port: 0, host });
  const app = startLocalApp(jira.url, options.stateDir, { msPerSecond: LOCAL_MS_PER_QUEUE_SECOND });
  // Jira's product events reach the app's trigger as Forge delivers them: after the write, as the app.
  const unsubscribe = jira.onEvent((event) => void app.onJiraEvent(event));
  let siteUrl = '';
  let days = 0;
  const context: HostContext = {
    index: jira.index,
    simulateDay: () => simulateDay(jira, { seed: (days += 1) }),
    handler: createResolverHandler(app.deps),
    siteUrl: () => siteUrl,
  };
  const server = createServer((req, res) => {
    handleHostRequest(req, res, context).catch((error: unknown) => {
      console.error(`local site: ${String(req.method)} ${String(req.url)} failed`, error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'The local site failed; see its terminal' } });
      else res.destroy();
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, host, () => resolve());
    });
  } catch (error) {
    await jira.close();
    throw error;
  }
  siteUrl = `http://${host}:${portOf(server.address())}`;
  const ticking = tickInRealTime(jira);
  const daily = setInterval(() => void app.runDaily().catch((error: unknown) => console.error('local site: the daily refresh failed', error)), DAY_MS);
  daily.unref();
  if (options.skipInitialRefresh !== true) await app.runDaily();
  if (options.awaitFirstSnapshots === true) await app.queue.idle();
  return {
    url: siteUrl,
    jiraUrl: jira.url,
    app,
    jira,
    close: async () => {
      clearInterval(daily);
      clearInterval(ticking);
      unsubscribe();
      app.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await jira.close();
    },
  };
}
