import path from 'node:path';
import type { SiteFixture } from '../fixture';
import { startJiraSite, type JiraSite, type JiraSiteOptions } from '../server';
import { ADMIN } from './tinySite';

/** Helpers for tests that talk to a running local site over real HTTP. */
export const SAMPLE_FIXTURE = path.resolve(__dirname, '../../../test/fixtures/sample-site.json');
/** The contract-v2 sample (board columns and filters, a security level), beside the repository as the OpenAPI specs are. */
export const SAMPLE_V2_FIXTURE = path.resolve(__dirname, '../../../../shared/fixtures/sample-site-v2.json');
/** The sample's site admin, who may browse all three of its projects. */
export const SAMPLE_ADMIN = '557058:admin-0001';

export interface CallOptions {
  /** Account id to authenticate as; null sends no Authorization header. */
  as?: string | null;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is, for malformed bodies. */
  rawBody?: string;
  /** An Authorization header sent instead of basic auth for `as` (e.g. APP_AUTHORIZATION). */
  authorization?: string;
}

export interface CallResult {
  status: number;
  headers: Headers;
  /** The parsed JSON body; undefined when the body is empty. */
  body: unknown;
}

export function basicAuth(accountId: string, token = 'local'): string {
  return `Basic ${Buffer.from(`${accountId}:${token}`).toString('base64')}`;
}

export async function call(site: JiraSite, pathAndQuery: string, options: CallOptions = {}): Promise<CallResult> {
  const as = options.as === undefined ? ADMIN : options.as;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.authorization !== undefined) headers['Authorization'] = options.authorization;
  else if (as !== null) headers['Authorization'] = basicAuth(as);
  const text = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (text !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${site.url}${pathAndQuery}`, { method: options.method ?? (text === undefined ? 'GET' : 'POST'), headers, body: text });
  const raw = await response.text();
  return { status: response.status, headers: response.headers, body: raw === '' ? undefined : JSON.parse(raw) };
}

/** Starts a site for the duration of a test file: `const site = useSite(fixture)` then `site()`. */
export function useSite(fixture: () => SiteFixture, options: Omit<JiraSiteOptions, 'fixture'> = {}): () => JiraSite {
  let site: JiraSite | undefined;
  beforeAll(async () => {
    site = await startJiraSite({ fixture: fixture(), port: 0, ...options });
  });
  afterAll(async () => {
    await site?.close();
  });
  return () => {
    if (!site) throw new Error('the site is not started: useSite() must be called at the top of a describe block');
    return site;
  };
}
