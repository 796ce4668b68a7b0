import type { IncomingMessage, ServerResponse } from 'node:http';
import { viewOfRequest } from './auth';
import { errorBody, HttpError, type Reply, type Route } from './http';
import { JqlError } from './jql';
import type { RouteMatch } from './router';
import { agileRoutes } from './routes/agile';
import { changelogRoutes } from './routes/changelog';
import { emulatorRoutes } from './routes/emulator';
import { filterRoutes } from './routes/filters';
import { issueRoutes } from './routes/issues';
import { issueWriteRoutes } from './routes/issueWrites';
import { permissionRoutes } from './routes/permissions';
import { platformRoutes } from './routes/platform';
import { searchRoutes } from './routes/search';
import { sprintWriteRoutes } from './routes/sprintWrites';
import { velocityChartRoutes } from './routes/velocityChart';
import type { SiteIndex } from './siteView';

/**
 * One request through the site: count it, rate-limit it, route it, authenticate it, run its handler,
 * and turn any failure into Jira's error body.
 */
export interface RateLimit {
  /** Every Nth request answers 429. */
  every: number;
  retryAfterSeconds: number;
}

export interface JiraSiteStats {
  requests: number;
  /** By route template, e.g. `POST /rest/api/3/search/jql`; unmatched paths count as `GET (no route)`. */
  byRoute: Record<string, number>;
}

export const ALL_ROUTES: readonly Route[] = [
  ...platformRoutes,
  ...permissionRoutes,
  ...searchRoutes,
  ...changelogRoutes,
  ...filterRoutes,
  ...issueRoutes,
  ...issueWriteRoutes,
  ...agileRoutes,
  ...sprintWriteRoutes,
  ...velocityChartRoutes,
  ...emulatorRoutes,
];

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const RATE_LIMITED = 'Rate limit exceeded.';

export interface SiteState {
  index: SiteIndex;
  baseUrl: string;
  latencyMs: number;
  rateLimit: RateLimit | undefined;
  sinceRateLimit: number;
  stats: JiraSiteStats;
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? '\u0000too-large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function runHandler(match: RouteMatch, req: IncomingMessage, bodyText: string, url: URL, state: SiteState): Reply {
  const view = viewOfRequest(req.headers.authorization, state.index);
  if (!view) {
    return { status: 401, body: errorBody(['You are not authenticated. Authentication required to perform this operation.']) };
  }
  if (bodyText === '\u0000too-large') return { status: 413, body: errorBody(['The request body is too large.']) };
  try {
    const method = match.route.method;
    return match.route.handler({ method, url, params: match.params, query: url.searchParams, bodyText, view, baseUrl: state.baseUrl });
  } catch (error) {
    if (error instanceof HttpError) return { status: error.status, body: error.body };
    if (error instanceof JqlError) return { status: 400, body: errorBody([error.message]) };
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 500, body: errorBody([`The local Jira site failed: ${reason}`]) };
  }
}

function count(state: SiteState, key: string): void {
  state.stats.requests += 1;
  state.stats.byRoute[key] = (state.stats.byRoute[key] ?? 0) + 1;
}

export function decide(req: IncomingMessage, bodyText: string, state: SiteState, route: (m: string, p: string) => RouteMatch | null): Reply {
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', state.baseUrl);
  const match = route(method, url.pathname);
  count(state, match ? `${match.route.method} ${match.route.template}` : `${method} (no route)`);
  state.sinceRateLimit += 1;
  if (state.rateLimit && state.sinceRateLimit % state.rateLimit.every === 0) {
    return { status: 429, headers: { 'Retry-After': String(state.rateLimit.retryAfterSeconds) }, body: errorBody([RATE_LIMITED]) };
  }
  if (!match) return { status: 404, body: errorBody([`null for uri: ${url.href}`]) };
  return runHandler(match, req, bodyText, url, state);
}

export function send(res: ServerResponse, reply: Reply): void {
  const json = reply.body === undefined ? undefined : JSON.stringify(reply.body);
  const headers: Record<string, string> = { ...(reply.headers ?? {}) };
  if (json !== undefined) headers['Content-Type'] = 'application/json;charset=UTF-8';
  res.writeHead(reply.status, headers);
  res.end(json);
}
