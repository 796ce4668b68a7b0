import { JiraClient } from '../jira/client';
import { httpSender } from '../jira/httpTransport';
import type { RollupSource } from './rollupArgs';
import { loadFixture } from '../../dev/site/fixture';
import { startJiraSite } from '../../dev/site/server';

/** Requests kept in flight at once: enough to hide latency, few enough to stay clear of rate limits. */
export const MAX_IN_FLIGHT = 8;

export interface OpenSource {
  jira: JiraClient;
  close(): Promise<void>;
}

/** The account to view as: the one asked for, else the fixture's first site admin. */
function viewerOf(users: readonly { accountId: string; siteAdmin?: boolean }[], asked: string | undefined, file: string): string {
  if (asked !== undefined) {
    if (!users.some((user) => user.accountId === asked)) throw new Error(`--as: the fixture ${file} has no user '${asked}'`);
    return asked;
  }
  const admin = users.find((user) => user.siteAdmin === true);
  if (admin === undefined) throw new Error(`the fixture ${file} has no site admin; name the viewer with --as ACCOUNT_ID`);
  return admin.accountId;
}

/**
 * A Jira client for the source. A fixture is served by the local Jira site in this process and read
 * over real HTTP, so the code path is the one a real site takes.
 */
export async function openSource(source: RollupSource): Promise<OpenSource> {
  if (source.kind === 'site') {
    const jira = new JiraClient(httpSender(source.url, { user: source.email, token: source.token }), { maxInFlight: MAX_IN_FLIGHT });
    return { jira, close: async () => undefined };
  }
  const fixture = loadFixture(source.file);
  const viewer = viewerOf(fixture.users, source.accountId, source.file);
  const site = await startJiraSite({ fixture, port: 0 });
  const jira = new JiraClient(httpSender(site.url, { user: viewer, token: 'local' }), { maxInFlight: MAX_IN_FLIGHT });
  return { jira, close: () => site.close() };
}
