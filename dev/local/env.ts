import path from 'node:path';

/** What `npm start` reads from the environment. */
export interface LocalSiteSettings {
  /** A `site-fixture/1` file to serve; the generated demo site when absent. */
  fixturePath: string | undefined;
  port: number;
  /** Where the local record store keeps its files. */
  stateDir: string;
}

export const DEFAULT_PORT = 3000;
export const DEFAULT_STATE_DIR = '.product-lens-state';

/** A setting that cannot be used; the message is the one line `npm start` prints. */
export class SettingsError extends Error {}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_PORT;
  if (!/^\d+$/.test(raw.trim())) throw new SettingsError(`PORT: expected a whole number from 0 to 65535, got "${raw}"`);
  const port = Number(raw.trim());
  if (port > 65535) throw new SettingsError(`PORT: expected a whole number from 0 to 65535, got ${port}`);
  return port;
}

function parsePath(name: string, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (raw.trim() === '') throw new SettingsError(`${name}: is set but empty; unset it or name a path`);
  return path.resolve(raw);
}

/** Reads SITE_FIXTURE, PORT and PRODUCT_LENS_STATE; throws `SettingsError` naming the bad one. */
export function readSettings(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): LocalSiteSettings {
  return {
    fixturePath: parsePath('SITE_FIXTURE', env.SITE_FIXTURE),
    port: parsePort(env.PORT),
    stateDir: parsePath('PRODUCT_LENS_STATE', env.PRODUCT_LENS_STATE) ?? path.join(cwd, DEFAULT_STATE_DIR),
  };
}
