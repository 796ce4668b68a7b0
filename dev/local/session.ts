import type { FixtureUser, SiteFixture } from '../site/fixture';
import type { ColorMode } from './themes';

/** Who is acting in the local site and in which theme; kept in cookies so every frame agrees. */
export interface HostSession {
  user: FixtureUser;
  colorMode: ColorMode;
}

const USER_COOKIE = 'pl_user';
const THEME_COOKIE = 'pl_theme';

function cookies(header: string | undefined): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) jar.set(part.slice(0, at).trim(), decodeURIComponent(part.slice(at + 1).trim()));
  }
  return jar;
}

/** The default actor is the first site admin, so a first visit shows every product. */
export function defaultUser(fixture: SiteFixture): FixtureUser {
  const user = fixture.users.find((candidate) => candidate.siteAdmin === true) ?? fixture.users[0];
  if (user === undefined) throw new Error('The site fixture has no users; the local site needs at least one to act as');
  return user;
}

export function sessionFrom(cookieHeader: string | undefined, fixture: SiteFixture): HostSession {
  const jar = cookies(cookieHeader);
  const user = fixture.users.find((candidate) => candidate.accountId === jar.get(USER_COOKIE)) ?? defaultUser(fixture);
  return { user, colorMode: jar.get(THEME_COOKIE) === 'dark' ? 'dark' : 'light' };
}

/** `Set-Cookie` values for a switch of user and/or theme; unknown values are ignored. */
export function switchCookies(query: URLSearchParams, fixture: SiteFixture): string[] {
  const set: string[] = [];
  const user = query.get('user');
  if (user !== null && fixture.users.some((candidate) => candidate.accountId === user)) {
    set.push(`${USER_COOKIE}=${encodeURIComponent(user)}; Path=/; SameSite=Lax`);
  }
  const theme = query.get('theme');
  if (theme === 'light' || theme === 'dark') set.push(`${THEME_COOKIE}=${theme}; Path=/; SameSite=Lax`);
  return set;
}

/** A safe place to return to after a switch: a path on this site only. */
export function returnPath(query: URLSearchParams): string {
  const back = query.get('back') ?? '/';
  return back.startsWith('/') && !back.startsWith('//') ? back : '/';
}
