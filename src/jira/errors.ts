import type { HttpMethod } from './request';

/** Any failure talking to Jira; the message names the request and what Jira said. */
export class JiraError extends Error {
  constructor(
    message: string,
    readonly method: HttpMethod,
    readonly path: string,
    readonly status: number | null,
    readonly jiraMessages: readonly string[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 400: Jira rejected the request (a JQL error, a bad body). */
export class JiraBadRequestError extends JiraError {}
/** 401: the caller is not authenticated. */
export class JiraUnauthorizedError extends JiraError {}
/** 403: the caller lacks a permission. */
export class JiraForbiddenError extends JiraError {}
/** 404: the thing does not exist, or the caller may not see it (Jira does not say which). */
export class JiraNotFoundError extends JiraError {}
/** 409 and other 4xx answers not listed above. */
export class JiraClientError extends JiraError {}
/** 5xx: Jira failed. */
export class JiraServerError extends JiraError {}

/** 429: Jira's rate limit after the retries gave up, with the wait Jira asked for (ms); null when it asked for none, or 0. */
export class JiraRateLimitedError extends JiraError {
  constructor(
    message: string,
    method: HttpMethod,
    path: string,
    readonly retryAfterMs: number | null,
    jiraMessages: readonly string[] = [],
  ) {
    super(message, method, path, 429, jiraMessages);
  }
}

/** Jira answered 2xx but not in the shape the app relies on. */
export class JiraResponseShapeError extends JiraError {}

/** The network failed before Jira answered. */
export class JiraNetworkError extends JiraError {}

type ErrorClass = new (message: string, method: HttpMethod, path: string, status: number | null, jiraMessages?: readonly string[]) => JiraError;

const ERROR_BY_STATUS: ReadonlyMap<number, ErrorClass> = new Map<number, ErrorClass>([
  [400, JiraBadRequestError],
  [401, JiraUnauthorizedError],
  [403, JiraForbiddenError],
  [404, JiraNotFoundError],
]);

/** The typed error for a non-2xx status other than 429. */
export function errorForStatus(status: number, method: HttpMethod, path: string, jiraMessages: readonly string[]): JiraError {
  const detail = jiraMessages.length > 0 ? `: ${jiraMessages.join('; ')}` : '';
  const message = `Jira answered ${status} to ${method} ${path}${detail}`;
  const ErrorType = ERROR_BY_STATUS.get(status) ?? (status >= 500 ? JiraServerError : JiraClientError);
  return new ErrorType(message, method, path, status, jiraMessages);
}
