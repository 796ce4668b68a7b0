import { JiraClient } from '../jira/client';
import { httpSender } from '../jira/httpTransport';
import { UsageError, type RollupSource } from './rollupArgs';

/** Requests kept in flight at once: enough to hide latency, few enough to stay clear of rate limits. */
export const MAX_IN_FLIGHT = 8;

export interface OpenSource {
  jira: JiraClient;
  close(): Promise<void>;
}

/** Turns the parsed source into a Jira client; the dev entry point (dev/cli/rollup.ts) adds fixtures. */
export type SourceOpener = (source: RollupSource) => Promise<OpenSource>;

/**
 * A Jira client for a real Jira Cloud site, as the owner of the API token. A fixture needs the local
 * Jira site, which lives in dev/: `npm run rollup` runs the command through dev/cli/rollup.ts for that.
 */
export function openSiteSource(source: RollupSource): Promise<OpenSource> {
  if (source.kind !== 'site') return Promise.reject(new UsageError('--fixture needs the local Jira site: run the command as npm run rollup'));
  const jira = new JiraClient(httpSender(source.url, { user: source.email, token: source.token }), { maxInFlight: MAX_IN_FLIGHT });
  return Promise.resolve({ jira, close: () => Promise.resolve() });
}
