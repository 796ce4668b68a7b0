import { existsSync } from 'node:fs';

/** Debian's Chromium: `npx playwright install` cannot download browsers on these machines. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SKIP_MESSAGE = `browser tests skipped: ${CHROMIUM_PATH} not found (install it: sudo apt-get install chromium)`;

/** Set by the jest global setup once it has decided, so each browser test file need not decide again. */
export const DECISION_ENV = 'PRODUCT_LENS_BROWSER_TESTS';

/**
 * Whether the browser tests can run. Without Chromium they are skipped with one visible line on a
 * developer's machine, but CI must run them, so there a missing browser is a failure. The jest global
 * setup decides once per run and records it in `DECISION_ENV`, so several browser test files still
 * print the skip line once.
 */
export function chromiumAvailable(env: NodeJS.ProcessEnv = process.env, executable: string = CHROMIUM_PATH): boolean {
  if (env[DECISION_ENV] === 'run') return true;
  if (env[DECISION_ENV] === 'skip') return false;
  if (existsSync(executable)) return true;
  if (env.CI) throw new Error(`${executable} is missing on CI; .ci/run installs it with apt-get install chromium before npm test`);
  console.log(SKIP_MESSAGE);
  return false;
}
