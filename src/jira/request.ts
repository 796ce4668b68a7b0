/** What the app asks of Jira: a method, a path below the site, query parameters and a JSON body. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

export interface JiraRequest {
  method: HttpMethod;
  /** Path below the site, starting with `/rest/`, with path segments already encoded. */
  path: string;
  query?: Readonly<Record<string, QueryValue>>;
  body?: unknown;
}

/** Jira's answer before its status is judged: what every transport adapter returns. */
export interface RawResponse {
  status: number;
  header(name: string): string | null;
  text: string;
}

/**
 * The port every adapter implements (Forge's `requestJira`, plain HTTP). It sends one request and
 * returns the raw answer; judging the status, retrying and parsing happen once, in `JiraClient`.
 */
export type SendRequest = (request: JiraRequest) => Promise<RawResponse>;

/** Encodes one path segment (an issue key, a property key) so it cannot change the route. */
export function segment(value: string | number): string {
  return encodeURIComponent(String(value));
}

/** The path and its query string; array values repeat the parameter, as Jira expects. */
export function pathWithQuery(request: Pick<JiraRequest, 'path' | 'query'>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) value.forEach((item) => params.append(name, String(item)));
    else params.append(name, String(value));
  }
  const query = params.toString();
  return query === '' ? request.path : `${request.path}?${query}`;
}
