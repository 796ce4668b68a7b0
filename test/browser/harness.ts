import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { ensureFreshBuild } from '../../dev/build/freshness';
import { demoFixture } from '../../dev/local/fixtureSource';
import { startLocalSite, type LocalSite } from '../../dev/local/server';
import type { SiteFixture } from '../../dev/site/fixture';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

/** A fixed "now" so the demo site, and so the screenshots, are the same on every run. */
const DEMO_NOW = '2026-11-15T12:00:00.000Z';
/** What the pages' clock reads: an hour after the demo site's "now" (see `visit`). */
export const BROWSER_NOW = Date.parse(DEMO_NOW) + 60 * 60 * 1000;
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-results/screenshots');

export interface Harness {
  site: LocalSite;
  /** Where the local site keeps its records and snapshots (`records/<KEY>.json`), removed on close. */
  stateDir: string;
  fixture: SiteFixture;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the UI if stale, starts the local site on a free port with a fresh store, and Chromium. */
export async function startHarness(): Promise<Harness> {
  await ensureFreshBuild();
  const fixture = demoFixture(DEMO_NOW);
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'product-lens-browser-'));
  // Resolves once the first snapshots are stored, so every page shows figures at once.
  const site = await startLocalSite({ fixture, port: 0, stateDir, awaitFirstSnapshots: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    site,
    stateDir,
    fixture,
    browser,
    close: async () => {
      await browser.close();
      await site.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

export interface Visit {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions of the page and its frames. */
  problems: string[];
}

/** A fresh browser context acting as `accountId` in `colorMode`, recording every console error. */
export async function visit(harness: Harness, accountId: string, colorMode: 'light' | 'dark' = 'light'): Promise<Visit> {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { hostname } = new URL(harness.site.url);
  await context.addCookies([
    { name: 'pl_user', value: encodeURIComponent(accountId), domain: hostname, path: '/' },
    { name: 'pl_theme', value: colorMode, domain: hostname, path: '/' },
  ]);
  // The browser's clock reads an hour after the demo site's "now", as a person on that day would see
  // it, so "Figures as of 12:00 today" and the screenshots do not depend on the day the tests run.
  await context.clock.setFixedTime(BROWSER_NOW);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { context, page, problems };
}

/**
 * The pages a test file opens, each acting as someone in a colour mode; `closeAll` (in afterEach)
 * closes them and answers every console error and uncaught exception they recorded.
 */
export class Visits {
  private readonly open: Visit[] = [];

  constructor(private readonly harness: () => Harness) {}

  async openPage(pathname: string, accountId: string, colorMode: 'light' | 'dark' = 'light'): Promise<Visit> {
    const opened = await visit(this.harness(), accountId, colorMode);
    this.open.push(opened);
    await opened.page.goto(`${this.harness().site.url}${pathname}`);
    return opened;
  }

  async closeAll(): Promise<string[]> {
    const finished = this.open.splice(0);
    await Promise.all(finished.map((opened) => opened.context.close()));
    return finished.flatMap((opened) => opened.problems);
  }
}

/** The app's frame on a host page (each host page shows one surface). */
export function appFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.app-frame');
}

/** The frame of the dialog open over the host page (Forge's host modal), whichever surface opened it. */
export function dialogFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.modal-frame');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Waits until `check` holds, looking every half second; fails after `timeoutMs` naming what it waited for. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
