import { parseSiteArgs, UsageError } from './cli';
import { loadFixture } from './fixture';
import { startJiraSite } from './server';

/**
 * `tsx dev/site/main.ts --fixture FILE [--port N] [--latency MS]`: serves a fixture as a Jira site.
 * Prints the site's URL on stdout (alone, for scripts) and the users to sign in as on stderr.
 * Exits 2 on bad flags, 1 on a bad fixture or a port in use.
 */
async function main(argv: readonly string[]): Promise<void> {
  const args = parseSiteArgs(argv);
  const fixture = loadFixture(args.fixture);
  const site = await startJiraSite({ fixture, port: args.port, latencyMs: args.latencyMs });
  process.stdout.write(`${site.url}\n`);
  const users = fixture.users.map((user) => user.accountId).join(', ');
  process.stderr.write(`Local Jira site serving ${args.fixture}; sign in with basic auth as one of: ${users}\n`);
  const stop = (): void => {
    void site.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
