/**
 * The entry point of `npm run rollup`: the command of src/cli/rollup.ts, plus `--fixture FILE`, which
 * serves the fixture with the local Jira site in this process and reads it over real HTTP, so the
 * code path is the one a real site takes. `--site` goes to src/cli's own real-site path.
 */
import { JiraClient } from '../../src/jira/client';
import { httpSender } from '../../src/jira/httpTransport';
import { MAX_IN_FLIGHT, openSiteSource, type OpenSource } from '../../src/cli/openSource';
import { runRollup as runRollupWith, runRollupProcess } from '../../src/cli/rollup';
import type { RollupSource } from '../../src/cli/rollupArgs';
import { loadFixture } from '../site/fixture';
import { startJiraSite } from '../site/server';

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

/** A Jira client for the source: a fixture through the local Jira site, a real site as src/cli opens it. */
export async function openSource(source: RollupSource): Promise<OpenSource> {
  if (source.kind === 'site') return openSiteSource(source);
  const fixture = loadFixture(source.file);
  const viewer = viewerOf(fixture.users, source.accountId, source.file);
  const site = await startJiraSite({ fixture, port: 0 });
  const jira = new JiraClient(httpSender(site.url, { user: viewer, token: 'local' }), { maxInFlight: MAX_IN_FLIGHT });
  return { jira, close: () => site.close() };
}

/** `runRollup` of src/cli/rollup.ts with fixtures as well as real sites. */
export function runRollup(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  return runRollupWith(argv, out, err, openSource);
}

if (require.main === module) runRollupProcess(openSource);
