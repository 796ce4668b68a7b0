import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ensureFreshBuild } from '../../dev/build/freshness';
import { loadManifest, REPO_ROOT } from './forgeManifest';

/**
 * Every Jira REST call in `src/` is an operation of Atlassian's specifications whose OAuth 2.0 scopes
 * the manifest grants. `@forge/lint`'s scope check cannot see these calls: the app builds its paths
 * at run time (`/rest/api/3/project/${segment(key)}`), so that check passes whatever the manifest says.
 */
const OPENAPI_DIR = path.resolve(REPO_ROOT, '../shared/openapi');
const SPEC_FILES = ['jira-platform.v3.json', 'jira-software.v3.json'];
const specsPresent = SPEC_FILES.every((file) => existsSync(path.join(OPENAPI_DIR, file)));
if (!specsPresent) console.warn(`scope test skipped: ${OPENAPI_DIR} (Jira's OpenAPI specifications) not found`);

/** Calls no specification lists, and why the Forge app never makes them. */
const NOT_IN_SPECS: Record<string, string> = {
  'GET /rest/greenhopper/1.0/rapid/charts/velocity': "rollup --verify only: the command line reads Jira's own velocity chart with an API token",
};

const scopeEntry = z.object({ scopes: z.array(z.string()) });
const operationSchema = z.object({
  'x-atlassian-oauth2-scopes': z.array(scopeEntry).optional(),
  security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
});
const specSchema = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });

interface Call {
  method: string;
  path: string;
  file: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [file] : [];
  });
}

/** `{ method: 'GET', path: `/rest/api/3/project/${segment(key)}` }` → GET /rest/api/3/project/{}. */
function callsIn(file: string): Call[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/method: '(GET|POST|PUT|DELETE)',\s*path: (['`])(\/rest\/[^'`]+)\2/g)];
  return found.map(([, method = '', , raw = '']) => ({ method, path: raw.replace(/\$\{[^}]+\}/g, '{}'), file: path.relative(REPO_ROOT, file) }));
}

/** Each operation's acceptable scope sets (any one suffices), keyed `METHOD /path/{}`. */
function operationScopes(): Map<string, string[][]> {
  const operations = new Map<string, string[][]>();
  for (const file of SPEC_FILES) {
    const spec = specSchema.parse(JSON.parse(readFileSync(path.join(OPENAPI_DIR, file), 'utf8')));
    for (const [template, methods] of Object.entries(spec.paths)) {
      for (const [method, value] of Object.entries(methods)) {
        const operation = operationSchema.safeParse(value);
        if (!operation.success) continue;
        const declared = operation.data['x-atlassian-oauth2-scopes']?.map((entry) => entry.scopes) ?? [];
        const secured = (operation.data.security ?? []).flatMap((entry) => (entry.OAuth2 === undefined ? [] : [entry.OAuth2]));
        operations.set(`${method.toUpperCase()} ${template.replace(/\{[^}]+\}/g, '{}')}`, [...declared, ...secured]);
      }
    }
  }
  return operations;
}

(specsPresent ? describe : describe.skip)("the manifest's scopes", () => {
  // The manifest's full validation checks that each resource's build exists, as `forge deploy` does.
  beforeAll(() => ensureFreshBuild(), 180_000);

  it('returns every Jira call of src/ as an operation of the specifications whose scopes the manifest grants', async () => {
    const manifest = await loadManifest();
    const scopes = manifest.permissions?.scopes ?? [];
    // The manifest may list scopes, or map each to its options.
    const granted = new Set(Array.isArray(scopes) ? scopes : Object.keys(scopes));
    const operations = operationScopes();
    const calls = sourceFiles(path.join(REPO_ROOT, 'src')).flatMap(callsIn);
    expect(calls.length).toBeGreaterThan(20);
    const problems = calls.flatMap((call) => {
      const key = `${call.method} ${call.path}`;
      if (NOT_IN_SPECS[key] !== undefined) return [];
      const sets = operations.get(key);
      if (sets === undefined) return [`${key} (${call.file}) is no operation of the specifications`];
      if (sets.length === 0 || sets.some((set) => set.every((scope) => granted.has(scope)))) return [];
      return [`${key} (${call.file}) needs one of ${sets.map((set) => set.join(' + ')).join(' | ')}`];
    });
    expect(problems).toEqual([]);
  });

  it('returns no problem for a call the manifest lacks the scope of only when it is listed with why', () => {
    const operations = operationScopes();
    expect(operations.get('GET /rest/api/3/user/bulk')).toContainEqual(['read:jira-user']);
    for (const key of Object.keys(NOT_IN_SPECS)) expect(operations.has(key)).toBe(false);
  });
});
