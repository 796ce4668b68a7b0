import type { SiteView } from './siteView';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What a route handler gets: the request, already routed and authenticated, and the user's view. */
export interface RequestContext {
  method: Method;
  url: URL;
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  bodyText: string;
  view: SiteView;
  /** The site's address, for `self` links. */
  baseUrl: string;
}

export interface Reply {
  status: number;
  /** Serialised as JSON; absent for an empty body. */
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
}

export type Handler = (ctx: RequestContext) => Reply;

export interface Route {
  method: Method;
  /** Jira's path template, e.g. `/rest/api/3/project/{projectIdOrKey}`; also the key in stats. */
  template: string;
  handler: Handler;
}

/** Jira's error body: `{"errorMessages": [...], "errors": {...}}`. */
export interface JiraErrorBody {
  errorMessages: string[];
  errors: Record<string, string>;
}

export function errorBody(messages: readonly string[], errors: Readonly<Record<string, string>> = {}): JiraErrorBody {
  return { errorMessages: [...messages], errors: { ...errors } };
}

/** A failure a handler answers with; the server turns it into Jira's error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }

  get body(): JiraErrorBody {
    return errorBody(this.message === '' ? [] : [this.message], this.errors);
  }
}

export const INVALID_PAYLOAD = 'Invalid request payload. Refer to the REST API documentation and try again.';

export function ok(body: unknown, status = 200): Reply {
  return { status, body };
}

/** The request body as JSON; Jira's 400 when it is not JSON. */
export function jsonBody(ctx: RequestContext): unknown {
  if (ctx.bodyText.trim() === '') throw new HttpError(400, `${INVALID_PAYLOAD} The request body is empty.`);
  try {
    return JSON.parse(ctx.bodyText);
  } catch {
    throw new HttpError(400, INVALID_PAYLOAD);
  }
}

/** A parameter given repeatedly and/or comma-separated (`fields=a,b&fields=c`), trimmed, without blanks. */
export function listParam(query: URLSearchParams, name: string): string[] | undefined {
  const raw = query.getAll(name);
  if (raw.length === 0) return undefined;
  return splitList(raw);
}

export function splitList(values: readonly string[]): string[] {
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

export interface IntBounds {
  fallback: number;
  min?: number;
  /** Larger values are capped, as Jira caps page sizes without complaint. */
  cap?: number;
}

/** An integer parameter: the fallback when absent, Jira's 400 when not an integer or below `min`. */
export function intParam(query: URLSearchParams, name: string, bounds: IntBounds): number {
  const raw = query.get(name);
  return boundedInt(raw === null || raw.trim() === '' ? undefined : raw, name, bounds);
}

export function boundedInt(raw: string | number | undefined, name: string, bounds: IntBounds): number {
  if (raw === undefined) return bounds.fallback;
  const value = typeof raw === 'number' ? raw : Number(raw.trim());
  if (!Number.isInteger(value)) throw new HttpError(400, `The value '${raw}' of '${name}' is not a valid integer.`);
  const min = bounds.min ?? 0;
  if (value < min) throw new HttpError(400, `'${name}' must be ${min} or more; got ${value}.`);
  return bounds.cap === undefined ? value : Math.min(value, bounds.cap);
}

/** A path parameter that must be a positive integer (board and sprint ids); a 404 otherwise, as Jira. */
export function idParam(ctx: RequestContext, name: string, notFound: string): number {
  const raw = ctx.params[name] ?? '';
  if (!/^\d+$/.test(raw)) throw new HttpError(404, notFound);
  return Number(raw);
}
