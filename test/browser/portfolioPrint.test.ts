import { readFile } from 'node:fs/promises';
import type { FrameLocator, Page } from 'playwright-core';
import type { PortfolioSnapshotOverview } from '../../src/shared/api';
import { chromiumAvailable } from './chromium';
import { admin } from './demoFacts';
import { eventually, screenshot } from './harness';
import { useDemoSite } from './demoSuite';
import { openReview, readyRows, rowKeys, saveNoteAs, seedReview } from './portfolioFacts';

/**
 * The Portfolio review into the meeting (issue 10, point 5), in Chromium against the local site: the
 * table exported as CSV and Markdown (downloaded and copied), the print view of the whole review on
 * white paper from either theme, and the page at 1024 × 768. A decision is seeded so paper shows one.
 */
const SLOW = 90_000;
const DECISION = 'No new card features until a PSP successor is signed.';

(chromiumAvailable() ? describe : describe.skip)('The Portfolio review exported and printed', () => {
  let overview: PortfolioSnapshotOverview;
  const site = useDemoSite(async () => {
    const seeded = await seedReview(site.harness);
    overview = seeded.overview;
    await saveNoteAs(site.harness, seeded.risky.key, {
      month: seeded.month,
      decision: DECISION,
      action: 'Shortlist two PSP successors',
      ownerAccountId: admin(site.harness.fixture).accountId,
      dueDate: `${seeded.month}-28`,
      actionState: 'open',
    });
  }, 320_000);
  const { visits } = site;

  async function download(page: Page, frame: FrameLocator, testId: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download'), frame.getByTestId(testId).click()]);
    return readFile(await file.path(), 'utf8');
  }

  it(
    'exports the table as CSV keyed by project and as Markdown, and copies the Markdown',
    async () => {
      const { page, frame, context } = await openReview(site.harness, visits);
      const order = await rowKeys(frame, 'portfolio-table');
      const csv = (await download(page, frame, 'export-portfolio-review.csv')).split('\r\n').filter((line) => line !== '');
      expect(csv[0]?.split(',')[0]).toBe('project');
      expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(order);

      const markdown = await download(page, frame, 'export-portfolio-review.md');
      expect(markdown).toMatch(/^## Portfolio review, /);
      for (const row of overview.products) expect(markdown).toContain(`| ${row.projectName} (${row.projectKey}) |`);
      expect(markdown).toContain(`**Total of ${readyRows(overview).length} products**`);

      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.harness.site.url).origin });
      await frame.getByTestId('copy-portfolio-review.md').click();
      await frame.getByText('The Markdown is on your clipboard').waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
    },
    SLOW,
  );

  it(
    'prints the whole review on white paper, every table and the decisions without buttons, from the light and the dark theme',
    async () => {
      for (const colorMode of ['light', 'dark'] as const) {
        const { page, frame } = await openReview(site.harness, visits, colorMode);
        await page.emulateMedia({ media: 'print' });
        await frame.getByTestId('print-tables').waitFor();
        await eventually(async () => (await frame.locator('html').getAttribute('data-color-mode')) === 'light', 5_000, 'the light theme while printing');
        for (const view of ['pace', 'flow', 'delivery', 'records']) await frame.getByTestId(`print-table-${view}`).waitFor();
        expect(await frame.getByTestId('portfolio-table').isVisible()).toBe(false);
        expect(await frame.getByTestId('print-review').isVisible()).toBe(false);
        expect(await frame.getByTestId('exceptions').isVisible()).toBe(true);
        expect(await frame.getByTestId('decisions').getByText(DECISION).isVisible()).toBe(true);
        expect(await frame.getByRole('button', { name: 'Add a decision' }).first().isVisible()).toBe(false);
        expect(await frame.getByRole('button', { name: 'Mark the action done' }).isVisible()).toBe(false);
        await screenshot(page, colorMode === 'light' ? 'portfolio-review-print' : 'portfolio-review-print-dark');
        await page.emulateMedia({ media: 'screen' });
        await frame.getByTestId('print-tables').waitFor({ state: 'detached' });
        expect(await frame.locator('html').getAttribute('data-color-mode')).toBe(colorMode);
      }
    },
    SLOW,
  );

  it(
    "opens the browser's print dialog from Print the review, and fits a 1024 × 768 screen in the dark theme",
    async () => {
      const { page, frame, context } = await openReview(site.harness, visits, 'dark');
      await context.addInitScript(() => {
        window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
      });
      await page.reload();
      await frame.getByTestId('print-review').click();
      expect(await frame.locator('html').getAttribute('data-printed')).toBe('yes');
      await page.setViewportSize({ width: 1024, height: 768 });
      await frame.getByTestId('portfolio-table').waitFor();
      const overflow = await frame.locator('body').evaluate((body) => body.scrollWidth - body.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, 'portfolio-review-dark-1024');
    },
    SLOW,
  );
});
