import type { Route } from './http';

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

interface CompiledRoute {
  route: Route;
  segments: readonly (string | { param: string })[];
  literals: number;
}

function compile(route: Route): CompiledRoute {
  const segments = route.template
    .split('/')
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('{') && part.endsWith('}') ? { param: part.slice(1, -1) } : part));
  return { route, segments, literals: segments.filter((s) => typeof s === 'string').length };
}

function matchSegments(compiled: CompiledRoute, parts: readonly string[]): Record<string, string> | null {
  if (compiled.segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of compiled.segments.entries()) {
    const part = parts[index] ?? '';
    if (typeof segment === 'string') {
      if (segment !== part) return null;
    } else {
      params[segment.param] = part;
    }
  }
  return params;
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * Matches a method and path against route templates. When several match (`project/search` and
 * `project/{projectIdOrKey}`), the one with the most literal segments wins, as in Jira.
 */
export function createRouter(routes: readonly Route[]): (method: string, pathname: string) => RouteMatch | null {
  const compiled = routes.map(compile).sort((a, b) => b.literals - a.literals);
  return (method, pathname) => {
    const decoded = pathname
      .split('/')
      .filter((part) => part !== '')
      .map(decode);
    if (decoded.some((part) => part === null)) return null;
    const parts = decoded.map((part) => part ?? '');
    for (const candidate of compiled) {
      if (candidate.route.method !== method) continue;
      const params = matchSegments(candidate, parts);
      if (params !== null) return { route: candidate.route, params };
    }
    return null;
  };
}
