import { chromiumAvailable, DECISION_ENV } from './chromium';

/**
 * Decides once per jest run whether the browser tests run; workers inherit the decision through the
 * environment, so a machine without Chromium prints the skip line once rather than once per file.
 */
export default function decideBrowserTests(): void {
  process.env[DECISION_ENV] = chromiumAvailable() ? 'run' : 'skip';
}
