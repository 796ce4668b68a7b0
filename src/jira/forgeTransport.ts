import api, { assumeTrustedRoute } from '@forge/api';
import { pathWithQuery, type SendRequest } from './request';

/**
 * Forge adapter: `requestJira` as the user (the default, so Jira applies the viewer's permissions) or
 * as the app. Paths are trusted because every endpoint function builds them from constants and
 * `segment()`-encoded values.
 */
export function forgeSender(actor: 'user' | 'app' = 'user'): SendRequest {
  return async (request) => {
    const requester = actor === 'user' ? api.asUser() : api.asApp();
    const hasBody = request.body !== undefined;
    const response = await requester.requestJira(assumeTrustedRoute(pathWithQuery(request)), {
      method: request.method,
      headers: {
        Accept: 'application/json',
        ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
      },
      body: hasBody ? JSON.stringify(request.body) : undefined,
    });
    return { status: response.status, header: (name) => response.headers.get(name), text: await response.text() };
  };
}
