import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalSite, type LocalSite } from '../../dev/local/server';
import { loadFixture } from '../../dev/site/fixture';
import type { RecordApi } from '../../src/shared/records';
import type { ReviewNoteApi } from '../../src/shared/reviewNotes';

/**
 * Drives the record resolvers the way the Custom UI does: `POST /__bridge/invoke` of the local site,
 * with the Forge context a Product tab (or epic panel) frame carries. The sample fixture's users:
 * admin-0001 administers every project; lead-0002 may browse PAY and GRT; po-0003 may browse and edit
 * PAY; none-0004 may do nothing.
 */
export const USERS = {
  admin: '557058:admin-0001',
  lead: '557058:lead-0002',
  productOwner: '557058:po-0003',
  nobody: '557058:none-0004',
} as const;

/** Every key the harness can call: the product records and the Portfolio review's notes. */
export type Api = RecordApi & ReviewNoteApi;

export const SAMPLE_FIXTURE = join(__dirname, '../fixtures/sample-site.json');

export interface InvokeAs {
  accountId?: string;
  /** The context's project; null for a surface without one (the global page). */
  project?: string | null;
  issue?: string;
}

export interface ResolverReply<T> {
  ok: boolean;
  data?: T;
  error?: { code: string; message: string; field?: string; current?: Record<string, unknown> };
}

export interface RecordSite {
  site: LocalSite;
  stateDir: string;
  invoke<K extends keyof Api>(key: K, payload: unknown, as?: InvokeAs): Promise<ResolverReply<Api[K]['data']>>;
  /** The data of a call that must succeed; fails the test with the error otherwise. */
  data<K extends keyof Api>(key: K, payload: unknown, as?: InvokeAs): Promise<Api[K]['data']>;
  /** The local store's file for a project, to prove a refused call wrote nothing. */
  storedText(project: string): string | null;
  close(): Promise<void>;
}

function contextOf(as: InvokeAs): Record<string, unknown> {
  const project = as.project === undefined ? 'PAY' : as.project;
  const extension = { ...(project === null ? {} : { project: { key: project } }), ...(as.issue === undefined ? {} : { issue: { key: as.issue } }) };
  return { accountId: as.accountId ?? USERS.admin, extension };
}

export async function startRecordSite(stateDir: string = mkdtempSync(join(tmpdir(), 'records-site-'))): Promise<RecordSite> {
  const site = await startLocalSite({ fixture: loadFixture(SAMPLE_FIXTURE), port: 0, stateDir, awaitFirstSnapshots: true });
  const invoke: RecordSite['invoke'] = async <K extends keyof Api>(key: K, payload: unknown, as: InvokeAs = {}) => {
    const response = await fetch(`${site.url}/__bridge/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key, payload, context: contextOf(as) }),
    });
    if (response.status !== 200) throw new Error(`POST /__bridge/invoke ${key} answered HTTP ${response.status}: ${await response.text()}`);
    return (await response.json()) as ResolverReply<Api[K]['data']>;
  };
  return {
    site,
    stateDir,
    invoke,
    async data(key, payload, as) {
      const reply = await invoke(key, payload, as);
      if (!reply.ok || reply.data === undefined) throw new Error(`${key} failed: ${JSON.stringify(reply.error)}`);
      return reply.data;
    },
    storedText(project) {
      const path = join(stateDir, 'records', `${project}.json`);
      return existsSync(path) ? readFileSync(path, 'utf8') : null;
    },
    close: () => site.close(),
  };
}
