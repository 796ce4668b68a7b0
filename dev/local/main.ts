/**
 * `npm start` (after the build): the local Jira-like site with the app's surfaces.
 * SITE_FIXTURE=FILE serves that fixture instead of the generated demo site; PORT (default 3000) is
 * where it listens; PRODUCT_LENS_STATE=DIR keeps the local record store there (default
 * `.product-lens-state/`). A bad setting prints one line and exits non-zero.
 */
import { FixtureError } from '../site/fixture';
import { readSettings, SettingsError } from './env';
import { siteFixture } from './fixtureSource';
import { startLocalSite } from './server';

async function main(): Promise<void> {
  const settings = readSettings(process.env);
  const fixture = siteFixture(settings.fixturePath);
  const site = await startLocalSite({ fixture, port: settings.port, stateDir: settings.stateDir });
  console.log(`Product Lens local site: ${site.url}  (Jira REST emulator: ${site.jiraUrl}; records in ${settings.stateDir})`);
  const stop = () => {
    void site.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function oneLine(error: unknown): string {
  if (error instanceof SettingsError || error instanceof FixtureError) return error.message;
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE')
    return `PORT: ${process.env.PORT ?? 3000} is already in use; set PORT to a free port`;
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  console.error(`npm start: ${oneLine(error)}`);
  process.exit(1);
});
