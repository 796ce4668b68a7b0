import { generateSite } from '../demo/generate-site';
import { loadFixture, parseFixture, type SiteFixture } from '../site/fixture';

/** The demo site `npm start` serves: a few products with two years of sprints. */
export const DEMO_OPTIONS = { seed: 42, timeZone: 'Europe/London', projects: 4, months: 24 } as const;

/** Today at 12:00 UTC: a stable "now" for the day, so figures do not shift while you look. */
export function demoNow(today: Date = new Date()): string {
  const noon = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 12));
  return noon.toISOString();
}

/** Generates the demo site, validated like any fixture file, so the emulator gets the same shape. */
export function demoFixture(now: string = demoNow()): SiteFixture {
  const { fixture } = generateSite({ ...DEMO_OPTIONS, now });
  return parseFixture(fixture, 'the generated demo site');
}

/** The fixture file named by SITE_FIXTURE, or the demo site. */
export function siteFixture(fixturePath: string | undefined): SiteFixture {
  return fixturePath === undefined ? demoFixture() : loadFixture(fixturePath);
}
