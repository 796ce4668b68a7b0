import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ALL_ROUTES, decide, readBody, send, type JiraSiteStats, type RateLimit, type SiteState } from './dispatch';
import type { ProductEventListener } from './events';
import type { SiteFixture } from './fixture';
import { createRouter } from './router';
import { SiteIndex } from './siteView';

export type { JiraSiteStats, RateLimit } from './dispatch';

/**
 * The local Jira site: Jira Cloud's REST API over real HTTP, serving one site fixture. Requests are made
 * as the user named in basic auth (the stand-in for Forge's `asUser()`), and see only what that user
 * may browse. Writes change an in-memory copy (the caller's fixture object is never modified), at the
 * site's clock, and deliver Forge's product events to `onEvent` listeners.
 */
export interface JiraSiteOptions {
  fixture: SiteFixture;
  /** 0 (the default) picks any free port. */
  port?: number;
  host?: string;
  /** Delay before every response, in ms. */
  latencyMs?: number;
  rateLimit?: RateLimit;
}

export interface JiraSite {
  url: string;
  stats(): JiraSiteStats;
  resetStats(): void;
  setLatency(ms: number): void;
  setRateLimit(rateLimit: RateLimit | undefined): void;
  close(): Promise<void>;
  /** The site's live state (a copy of the fixture it was started with, with writes applied). */
  fixture: SiteFixture;
  /** The site's clock, which starts at the fixture's `now`: the instant every write is made at. */
  now(): string;
  /** Moves the clock forward by `ms`; returns the new instant. */
  advanceClock(ms: number): string;
  /** Delivers every product event (Forge's payloads) to `listener` after its write is applied; returns the unsubscribe. */
  onEvent(listener: ProductEventListener): () => void;
  /** The site's lookups and write state: `index.appView()` or `index.viewFor(user)` make writes in code, as `simulateDay` does. */
  index: SiteIndex;
}

function checkRateLimit(rateLimit: RateLimit | undefined): void {
  if (rateLimit && (!Number.isInteger(rateLimit.every) || rateLimit.every < 1)) {
    throw new RangeError(`rateLimit.every must be a whole number of requests, 1 or more; got ${rateLimit.every}`);
  }
}

function listeningPort(address: AddressInfo | string | null): number {
  if (address === null || typeof address === 'string') throw new Error(`the local Jira site is not listening on a TCP port: ${String(address)}`);
  return address.port;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(listeningPort(server.address())));
  });
}

function serve(state: SiteState): Server {
  const route = createRouter(ALL_ROUTES);
  return createServer((req, res) => {
    void readBody(req)
      .then(async (bodyText) => {
        const reply = decide(req, bodyText, state, route);
        if (state.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, state.latencyMs));
        send(res, reply);
      })
      .catch(() => res.destroy());
  });
}

/** Starts the site; resolves once it listens. */
export async function startJiraSite(options: JiraSiteOptions): Promise<JiraSite> {
  checkRateLimit(options.rateLimit);
  const fixture = structuredClone(options.fixture);
  const host = options.host ?? '127.0.0.1';
  const state: SiteState = {
    index: new SiteIndex(fixture),
    baseUrl: '',
    latencyMs: options.latencyMs ?? 0,
    rateLimit: options.rateLimit,
    sinceRateLimit: 0,
    stats: { requests: 0, byRoute: {} },
  };
  const server = serve(state);
  const port = await listen(server, options.port ?? 0, host);
  state.baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  state.index.baseUrl = state.baseUrl;
  return {
    url: state.baseUrl,
    fixture,
    stats: () => ({ requests: state.stats.requests, byRoute: { ...state.stats.byRoute } }),
    resetStats: () => {
      state.stats = { requests: 0, byRoute: {} };
      state.sinceRateLimit = 0;
    },
    setLatency: (ms) => {
      state.latencyMs = Math.max(0, ms);
    },
    setRateLimit: (rateLimit) => {
      checkRateLimit(rateLimit);
      state.rateLimit = rateLimit;
      state.sinceRateLimit = 0;
    },
    index: state.index,
    now: () => state.index.clock.instant(),
    advanceClock: (ms) => state.index.clock.advance(ms),
    onEvent: (listener) => state.index.events.on(listener),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
