import { z } from 'zod';
import { JiraError, JiraNetworkError, JiraRateLimitedError, JiraResponseShapeError, errorForStatus } from './errors';
import { createLimiter, type Limiter } from './limiter';
import { pathWithQuery, type JiraRequest, type RawResponse, type SendRequest } from './request';
import { DEFAULT_RETRY, givingUpText, nextRetry, retryAfterMs, secondsText, type GiveUpReason, type RetryPolicy, type RetryProgress } from './retry';

export { DEFAULT_RETRY, retryAfterMs, type RetryPolicy } from './retry';

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

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one place that talks to Jira through a `SendRequest` adapter: judges the status, retries 429 and
 * 503 (honouring a positive Retry-After, else exponential backoff with jitter) within a wait budget
 * (`nextRetry`), and parses the body with a schema so callers get typed models. Every other failure is
 * thrown as a typed `JiraError`; a rate limit that outlasts the budget says how long it waited.
 */
export class JiraClient {
  private readonly retry: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly limit: Limiter;
  private sentCount = 0;

  constructor(
    private readonly send: SendRequest,
    private readonly options: JiraClientOptions = {},
  ) {
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
    this.limit = options.maxInFlight === undefined ? (task) => task() : createLimiter(options.maxInFlight);
  }

  /** A client over the same adapter and options but another retry policy (e.g. a command line's wait budget); it limits its own requests in flight. */
  withRetry(retry: RetryPolicy): JiraClient {
    return new JiraClient(this.send, { ...this.options, retry });
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
    const progress: RetryProgress = { retries: 0, waitedMs: 0 };
    for (;;) {
      const response = await this.sendOnce(request);
      if (response.status >= 200 && response.status < 300) return response;
      if (response.status !== 429 && response.status !== 503) throw this.failure(request, response, progress, null);
      const verdict = nextRetry(this.retry, progress, retryAfterMs(response.header('Retry-After')), this.random);
      if (verdict.kind === 'give-up') throw this.failure(request, response, progress, verdict.reason);
      progress.retries += 1;
      progress.waitedMs += verdict.ms;
      await this.sleep(verdict.ms);
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

  private failure(request: JiraRequest, response: RawResponse, progress: RetryProgress, reason: GiveUpReason | null): JiraError {
    const messages = jiraMessages(response.text);
    const path = pathWithQuery({ path: request.path });
    if (response.status === 429) {
      const asked = retryAfterMs(response.header('Retry-After'));
      const message = `Jira's rate limit was reached for ${request.method} ${path}; it asked to wait ${asked === null ? 'an unstated time' : secondsText(asked)}; ${givingUpText(this.retry, progress, reason ?? 'retries')}`;
      // A wait of 0 is none a queue can use: it backs off on its own (src/services/snapshots/schedule.ts).
      return new JiraRateLimitedError(message, request.method, path, asked === null || asked === 0 ? null : asked, messages);
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
