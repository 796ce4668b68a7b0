import { pathWithQuery, type SendRequest } from './request';

export interface HttpCredentials {
  /** The user name half of basic auth: an Atlassian account email (a real site) or an account id (the local site). */
  user: string;
  /** An API token (a real site); the local site ignores it. */
  token: string;
}

/**
 * Plain HTTP adapter: a site's base URL and basic-auth credentials. Reaches a real Jira Cloud site with an
 * API token, and the local Jira site, which reads the same header as the acting user.
 */
/** A bearer token instead: the local Jira site's stand-in for Forge's `asApp()`. */
export interface BearerCredentials {
  bearer: string;
}

export function httpSender(baseUrl: string, credentials: HttpCredentials | BearerCredentials): SendRequest {
  const origin = baseUrl.replace(/\/+$/, '');
  const authorization =
    'bearer' in credentials ? `Bearer ${credentials.bearer}` : `Basic ${Buffer.from(`${credentials.user}:${credentials.token}`).toString('base64')}`;
  return async (request) => {
    const hasBody = request.body !== undefined;
    const response = await fetch(`${origin}${pathWithQuery(request)}`, {
      method: request.method,
      headers: {
        Accept: 'application/json',
        Authorization: authorization,
        ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
      },
      body: hasBody ? JSON.stringify(request.body) : undefined,
    });
    return { status: response.status, header: (name) => response.headers.get(name), text: await response.text() };
  };
}
