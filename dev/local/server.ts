import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createResolverHandler } from '../../src/resolvers/registry';
import type { SiteFixture } from '../site/fixture';
import { startJiraSite } from '../site/server';
import { SiteIndex } from '../site/siteView';
import { localDependencies } from './dependencies';
import { handleHostRequest, type HostContext } from './hostRoutes';
import { sendJson } from './http';

function portOf(address: AddressInfo | string | null): number {
  if (address === null || typeof address === 'string') throw new Error(`the local site is not listening on a TCP port: ${String(address)}`);
  return address.port;
}

export interface LocalSiteOptions {
  fixture: SiteFixture;
  /** 0 picks a free port (tests). */
  port: number;
  /** The local record store's directory; created when missing. */
  stateDir: string;
  host?: string;
}

export interface LocalSite {
  /** The Jira-like site with the app's surfaces. */
  url: string;
  /** The local Jira site (REST API) the resolvers call. */
  jiraUrl: string;
  close(): Promise<void>;
}

/**
 * Starts the local Jira site on its own port, then the Jira-like host that stands in for Forge: it
 * serves the real Custom UI builds in frames and answers `POST /__bridge/invoke` through the app's
 * own resolver handler. Resolves once both listen.
 */
export async function startLocalSite(options: LocalSiteOptions): Promise<LocalSite> {
  mkdirSync(options.stateDir, { recursive: true });
  const host = options.host ?? '127.0.0.1';
  const jira = await startJiraSite({ fixture: options.fixture, port: 0, host });
  let siteUrl = '';
  const context: HostContext = {
    index: new SiteIndex(jira.fixture),
    handler: createResolverHandler(localDependencies(jira.url, options.stateDir)),
    siteUrl: () => siteUrl,
  };
  const server = createServer((req, res) => {
    handleHostRequest(req, res, context).catch((error: unknown) => {
      console.error(`local site: ${String(req.method)} ${String(req.url)} failed`, error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'The local site failed; see its terminal' } });
      else res.destroy();
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, host, () => resolve());
    });
  } catch (error) {
    await jira.close();
    throw error;
  }
  siteUrl = `http://${host}:${portOf(server.address())}`;
  return {
    url: siteUrl,
    jiraUrl: jira.url,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await jira.close();
    },
  };
}
