import { z } from 'zod';
import { JiraError, JiraNetworkError, JiraRateLimitedError, JiraResponseShapeError, errorForStatus } from './errors';
import { createLimiter, type Limiter } from './limiter';
import { pathWithQuery, type JiraRequest, type RawResponse, type SendRequest } from './request';

export interface RetryPolicy {
  /** Retries after the first attempt, for 429 and 503 only. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Total time the retries of one request may wait; a longer Retry-After fails at once. */
  budgetMs: number;
}

/** Fits a UI resolver's 25 s limit with room for the work itself. */
export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 4, baseDelayMs: 500, maxDelayMs: 8000, budgetMs: 12000 };

export interface JiraClientOptions {
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1) for jitter; injectable so tests are exact. */
  random?: () => number;
  /** Requests in flight at once through this client; the rest queue. Unlimited when absent. */
  maxInFlight?: number;
}

const jiraErrorBody = z.object({
  errorMessages: z.array(z.string()).optional(),
  errors: z.record(z.string(), z.string()).optional(),
  message: z.string().optional(),
});

function jiraMessages(text: string): string[] {
  try {
    const parsed = jiraErrorBody.safeParse(JSON.parse(text));
    if (!parsed.success) return [];
    const { errorMessages = [], errors = {}, message } = parsed.data;
    return [...errorMessages, ...Object.entries(errors).map(([field, msg]) => `${field}: ${msg}`), ...(message ? [message] : [])];
  } catch {
    return [];
  }
}

/** Retry-After in ms: Jira sends seconds; an HTTP date is honoured too. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one place that talks to Jira through a `SendRequest` adapter: judges the status, retries 429 and
 * 503 with exponential backoff and full jitter (honouring Retry-After) within a budget, and parses the
 * body with a schema so callers get typed models. Every other failure is thrown as a typed `JiraError`.
 */
export class JiraClient {
  private readonly retry: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly limit: Limiter;
  private sentCount = 0;

  constructor(
    private readonly send: SendRequest,
    options: JiraClientOptions = {},
  ) {
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
    this.limit = options.maxInFlight === undefined ? (task) => task() : createLimiter(options.maxInFlight);
  }

  /** Sends the request and parses a 2xx body with `schema`. */
  async request<T>(request: JiraRequest, schema: z.ZodType<T>): Promise<T> {
    const response = await this.sendWithRetry(request);
    const parsed = schema.safeParse(parseJson(response.text));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
      const message = `Jira's answer to ${request.method} ${request.path} is not in the expected shape: ${where}: ${issue?.message ?? 'invalid'}`;
      throw new JiraResponseShapeError(message, request.method, request.path, response.status);
    }
    return parsed.data;
  }

  /** Sends a request whose 2xx answer carries nothing the app needs; returns the status. */
  async requestNoContent(request: JiraRequest): Promise<number> {
    return (await this.sendWithRetry(request)).status;
  }

  private async sendWithRetry(request: JiraRequest): Promise<RawResponse> {
    let waited = 0;
    for (let attempt = 0; ; attempt += 1) {
      const response = await this.sendOnce(request);
      if (response.status >= 200 && response.status < 300) return response;
      const retryable = response.status === 429 || response.status === 503;
      const delay = retryable ? this.delayFor(attempt, response) : null;
      if (delay === null || attempt >= this.retry.maxRetries || waited + delay > this.retry.budgetMs) {
        throw this.failure(request, response);
      }
      waited += delay;
      await this.sleep(delay);
    }
  }

  /** Requests sent through this client so far, retries included: what a refresh spent of Jira's rate limit. */
  get requestsSent(): number {
    return this.sentCount;
  }

  private async sendOnce(request: JiraRequest): Promise<RawResponse> {
    this.sentCount += 1;
    try {
      return await this.limit(() => this.send(request));
    } catch (error) {
      if (error instanceof JiraError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new JiraNetworkError(`Could not reach Jira for ${request.method} ${request.path}: ${reason}`, request.method, request.path, null);
    }
  }

  private delayFor(attempt: number, response: RawResponse): number {
    const asked = retryAfterMs(response.header('Retry-After'));
    if (asked !== null) return asked;
    const ceiling = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** attempt);
    return Math.round(this.random() * ceiling);
  }

  private failure(request: JiraRequest, response: RawResponse): JiraError {
    const messages = jiraMessages(response.text);
    const path = pathWithQuery({ path: request.path });
    if (response.status === 429) {
      const wait = retryAfterMs(response.header('Retry-After'));
      const message = `Jira's rate limit was reached for ${request.method} ${path}; it asked to wait ${wait === null ? 'an unstated time' : `${Math.ceil(wait / 1000)} s`}`;
      return new JiraRateLimitedError(message, request.method, path, wait, messages);
    }
    return errorForStatus(response.status, request.method, path, messages);
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
