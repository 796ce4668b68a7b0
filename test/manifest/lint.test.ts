import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from '@forge/lint';
import { ensureFreshBuild } from '../../dev/build/freshness';
import { loadManifest, REPO_ROOT } from './forgeManifest';
import { OfflineStatsig } from './offlineStatsig';

/** Jira's OpenAPI specs, kept beside the repository because build machines are offline. */
const OPENAPI_DIR = path.resolve(REPO_ROOT, '../shared/openapi');
const SPECS = { LOCAL_JIRA_SWAGGER: 'jira-platform.v3.json', LOCAL_JSW_SWAGGER: 'jira-software.v3.json' };
const UNUSED_SPECS = ['LOCAL_JSM_SWAGGER', 'LOCAL_CONF_SWAGGER', 'LOCAL_CONF_V2_SWAGGER', 'LOCAL_BB_SWAGGER'];
const specsPresent = Object.values(SPECS).every((file) => existsSync(path.join(OPENAPI_DIR, file)));

if (!specsPresent) console.warn(`forge lint test skipped: ${OPENAPI_DIR} (Jira's OpenAPI specs for the offline scope check) not found`);

/** The app's backend sources, relative to the repository (tests excluded: they are not deployed). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path.relative(REPO_ROOT, file)] : [];
  });
}

/**
 * `forge lint` only parses .ts files its tsconfig `include` lists one by one, and the repository's
 * tsconfig names folders (`"src"`), which match no file, so every source would be skipped silently.
 * The linters therefore run in a folder that links the app's files and has a tsconfig with file globs.
 */
function lintWorkspace(): string {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'product-lens-lint-'));
  for (const name of ['manifest.yml', 'src', 'static', 'package.json', 'node_modules']) {
    symlinkSync(path.join(REPO_ROOT, name), path.join(workspace, name));
  }
  writeFileSync(path.join(workspace, 'tsconfig.json'), JSON.stringify({ extends: path.join(REPO_ROOT, 'tsconfig.json'), include: ['src/**/*.ts'] }));
  return workspace;
}

/** Points the scope check at the local specs for the duration of the test. */
function useLocalSpecs(): () => void {
  const saved = { ...process.env };
  process.env.USE_LOCAL_SWAGGER = '1';
  for (const [name, file] of Object.entries(SPECS)) process.env[name] = path.join(OPENAPI_DIR, file);
  for (const name of UNUSED_SPECS) process.env[name] = path.join(OPENAPI_DIR, 'empty.json');
  return () => {
    process.env = saved;
  };
}

(specsPresent ? describe : describe.skip)('forge lint, client-side linters (offline)', () => {
  const cwd = process.cwd();
  let workspace = '';
  let restoreEnv = (): void => undefined;

  beforeAll(async () => {
    await ensureFreshBuild();
    // The linters read manifest.yml and tsconfig.json from the working directory, as `forge lint` does.
    workspace = lintWorkspace();
    process.chdir(workspace);
    restoreEnv = useLocalSpecs();
  }, 120_000);

  afterAll(() => {
    restoreEnv();
    process.chdir(cwd);
    rmSync(workspace, { recursive: true, force: true });
  });

  // Warnings fail too: `forge lint` reports a manifest handler that src/index.ts does not export as one.
  it('reports no error or warning for manifest.yml and the backend sources', async () => {
    const manifest = await loadManifest();
    const files = sourceFiles(path.join(REPO_ROOT, 'src'));
    expect(files).toContain(path.join('src', 'index.ts'));
    const results = await lint(files, manifest, 'development', { info: () => undefined }, new OfflineStatsig(), {
      linter: { mode: 'client-side' },
    });
    const problems = results.flatMap((result) =>
      [...result.errors, ...result.warnings].map((rule) => `${rule.class} ${result.file}:${rule.line}:${rule.column} ${rule.message} (${rule.reference})`),
    );
    expect(problems).toEqual([]);
  }, 60_000);
});
