import { readFile } from 'node:fs/promises';
import type { FrameLocator, Page } from 'playwright-core';
import type { PortfolioSnapshotOverview } from '../../src/shared/api';
import type { FixtureProject } from '../../dev/site/fixture';
import { chromiumAvailable } from './chromium';
import { admin } from './demoFacts';
import { appFrame, eventually, screenshot, startHarness, Visits, type Harness, type Visit } from './harness';
import { catchUpAnalyses, monthBefore, portfolioOverview, readyRows, seedLastMonth, seedRecords, type ReadyRow } from './portfolioFacts';

/**
 * The Portfolio review as the monthly meeting runs it (issue 10), in Chromium against the local site:
 * exceptions first, the filter, sorting, the total row, the views, what changed since last month, the
 * exports and the print view. Records and last month's closes are seeded before the page is opened.
 */
const SLOW = 90_000;
const READY_MS = 60_000;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const points = (value: number) => {
  const exact = Math.round(value * 1e6) / 1e6;
  return Number.isInteger(exact) ? String(exact) : exact.toFixed(1);
};
const quarterPoints = (row: ReadyRow) => Object.values(row.quarter).reduce((sum, bucket) => sum + bucket.points, 0);
const rowKeys = async (frame: FrameLocator, table: string) =>
  (
    await frame
      .getByTestId(table)
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid') ?? ''))
  ).map((id) => id.replace(/^.*row-/, ''));

(chromiumAvailable() ? describe : describe.skip)('The Portfolio review in the browser', () => {
  let harness: Harness;
  let overview: PortfolioSnapshotOverview;
  let risky: FixtureProject;
  let planned: FixtureProject;
  let lastMonth: string;
  const visits = new Visits(() => harness);

  beforeAll(async () => {
    harness = await startHarness();
    const [first, second, ...others] = harness.fixture.projects;
    if (first === undefined || second === undefined) throw new Error('the demo site has fewer than two projects');
    [risky, planned] = [first, second];
    await seedRecords(harness, risky, planned);
    const before = await portfolioOverview(harness);
    // A team that caught up on its release analyses raises no signal, so the filter has one to leave out.
    const calm = others.find((project) =>
      readyRows(before).some((row) => row.projectKey === project.key && row.signals.every((s) => s.code === 'analysis-overdue')),
    );
    if (calm) await catchUpAnalyses(harness, calm);
    lastMonth = monthBefore(before.months[before.months.length - 1] ?? '');
    await seedLastMonth(harness, before, lastMonth);
    overview = await portfolioOverview(harness);
  }, 320_000);

  afterAll(async () => {
    await (harness as Harness | undefined)?.close();
  });

  afterEach(async () => {
    expect(await visits.closeAll()).toEqual([]);
  });

  async function openReview(colorMode: 'light' | 'dark' = 'light'): Promise<Visit & { frame: FrameLocator }> {
    const opened = await visits.openPage('/portfolio', admin(harness.fixture).accountId, colorMode);
    const frame = appFrame(opened.page);
    await frame.getByTestId('portfolio-table').waitFor({ timeout: READY_MS });
    await frame.getByTestId('changes-table').waitFor();
    return { ...opened, frame };
  }

  const exceptions = () => readyRows(overview).filter((row) => row.signals.length > 0);

  it(
    'shows the products with signals first, each signal with its reason, and the filter keeps only them',
    async () => {
      const { page, frame } = await openReview();
      const cards = frame.getByTestId(/^exception-[A-Z][A-Z0-9_]*$/);
      expect(await cards.count()).toBe(exceptions().length);
      for (const row of exceptions())
        for (const signal of row.signals) await frame.getByTestId(`exception-${row.projectKey}`).getByText(signal.reason).waitFor();
      const most = Math.max(...exceptions().map((row) => row.signals.length));
      const [top] = await rowKeys(frame, 'portfolio-table');
      expect(readyRows(overview).find((row) => row.projectKey === top)?.signals.length).toBe(most);
      await frame.getByText('Risk review overdue').first().waitFor();
      await screenshot(page, 'portfolio-review');

      await frame.getByRole('button', { name: `Only products with signals (${exceptions().length})` }).press('Enter');
      expect((await rowKeys(frame, 'portfolio-table')).sort()).toEqual(
        exceptions()
          .map((row) => row.projectKey)
          .sort(),
      );
      await frame.getByRole('heading', { name: new RegExp(`^Products with signals \\(${exceptions().length}\\)`) }).waitFor();
      await screenshot(page, 'portfolio-review-exceptions');
    },
    SLOW,
  );

  it(
    'sorts by a column from the keyboard, says the order in aria-sort and keeps the total row last',
    async () => {
      const { frame } = await openReview();
      const sortButton = frame.getByTestId('sort-velocity');
      const header = frame.locator('th', { has: sortButton });
      expect(await header.getAttribute('aria-sort')).toBe('none');
      await sortButton.focus();
      await sortButton.press('Enter');
      expect(await header.getAttribute('aria-sort')).toBe('descending');
      const velocity = (key: string) => readyRows(overview).find((row) => row.projectKey === key)?.velocity ?? null;
      const shown = (await rowKeys(frame, 'portfolio-table')).map(velocity);
      const known = shown.filter((value) => value !== null);
      expect(known).toEqual([...known].sort((a, b) => b - a));
      expect(shown.slice(known.length).every((value) => value === null)).toBe(true);
      await sortButton.press('Space');
      expect(await header.getAttribute('aria-sort')).toBe('ascending');
      const ascending = (await rowKeys(frame, 'portfolio-table')).map(velocity).filter((value) => value !== null);
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

      const total = await frame.getByTestId('portfolio-table-total').innerText();
      const ready = readyRows(overview);
      expect(total).toContain(`Total of ${ready.length} products`);
      expect(total).toContain(`${points(ready.reduce((sum, row) => sum + quarterPoints(row), 0))} pts`);
      expect(total).toContain(`${points(ready.reduce((sum, row) => sum + (row.velocity ?? 0), 0))} pts`);
    },
    SLOW,
  );

  it(
    'shows the flow per work category, the delivery proxies with how each is made, and the risks and roadmap',
    async () => {
      const { page, frame } = await openReview();
      await frame.getByRole('button', { name: 'Delivery (proxies)' }).click();
      await frame.getByTestId('proxy-note').getByText('Delivery figures are Jira-based proxies of the DORA keys').waitFor();
      await frame.getByTestId('sort-changeFailure').waitFor();

      await frame.getByRole('button', { name: 'Flow', exact: true }).click();
      await frame.getByRole('button', { name: 'Defect', exact: true }).click();
      const row = readyRows(overview)[0];
      if (row === undefined) throw new Error('no product is ready');
      const loadColumn = await frame.locator('thead th').evaluateAll((cells) => cells.findIndex((cell) => cell.textContent === 'Load'));
      const loadCell = frame.getByTestId(`portfolio-row-${row.projectKey}`).locator('td').nth(loadColumn);
      expect((await loadCell.innerText()).trim()).toBe(String(row.flow.defect.load));

      await frame.getByRole('button', { name: 'Risks and roadmap' }).click();
      await frame.getByTestId(`records-risks-${risky.key}`).getByText('1 High', { exact: true }).waitFor();
      const milestone = frame.getByTestId(`portfolio-row-${planned.key}`);
      await milestone.getByText('Self-service benefit claims').waitFor();
      await milestone.getByText('In progress').waitFor();
      await milestone.getByText('Roadmap slipping').waitFor();
      await screenshot(page, 'portfolio-review-records');
    },
    SLOW,
  );

  it(
    "shows each product's figures beside last month's closing ones and the signals that appeared or cleared",
    async () => {
      const { frame } = await openReview();
      const [first] = readyRows(overview);
      if (first?.lastMonth == null) throw new Error('the seeded close of last month is not in the overview');
      const text = await frame.getByTestId(`changes-row-${first.projectKey}`).innerText();
      const monthName = MONTH_NAMES[Number(lastMonth.slice(5)) - 1] ?? '';
      expect(text).toContain(`at end of ${monthName}`);
      if (first.lastMonth.velocity !== null) expect(text).toContain(`${points(first.lastMonth.velocity)} pts at end of ${monthName}`);
      expect(first.lastMonth.cleared).toContain('overcommitment');
      expect(text).toContain('Overcommitment');
    },
    SLOW,
  );

  it(
    'opens a product’s Product tab from its name in the table',
    async () => {
      const { page, frame } = await openReview();
      await frame.getByTestId(`open-${planned.key}`).click();
      await page.waitForURL(`**/projects/${planned.key}/product`);
    },
    SLOW,
  );

  async function download(page: Page, frame: FrameLocator, testId: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download'), frame.getByTestId(testId).click()]);
    return readFile(await file.path(), 'utf8');
  }

  it(
    'exports the table as CSV keyed by project and as Markdown, and copies the Markdown',
    async () => {
      const { page, frame, context } = await openReview();
      const order = await rowKeys(frame, 'portfolio-table');
      const csv = (await download(page, frame, 'export-portfolio-review.csv')).split('\r\n').filter((line) => line !== '');
      expect(csv[0]?.split(',')[0]).toBe('project');
      expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(order);

      const markdown = await download(page, frame, 'export-portfolio-review.md');
      expect(markdown).toMatch(/^## Portfolio review, /);
      for (const row of overview.products) expect(markdown).toContain(`| ${row.projectName} (${row.projectKey}) |`);
      expect(markdown).toContain(`**Total of ${readyRows(overview).length} products**`);

      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(harness.site.url).origin });
      await frame.getByTestId('copy-portfolio-review.md').click();
      await frame.getByText('The Markdown is on your clipboard').waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
    },
    SLOW,
  );

  it(
    'prints the whole review on white paper, every table and no buttons, from the light and the dark theme',
    async () => {
      for (const colorMode of ['light', 'dark'] as const) {
        const { page, frame } = await openReview(colorMode);
        await page.emulateMedia({ media: 'print' });
        await frame.getByTestId('print-tables').waitFor();
        await eventually(async () => (await frame.locator('html').getAttribute('data-color-mode')) === 'light', 5_000, 'the light theme while printing');
        for (const view of ['pace', 'flow', 'delivery', 'records']) await frame.getByTestId(`print-table-${view}`).waitFor();
        expect(await frame.getByTestId('portfolio-table').isVisible()).toBe(false);
        expect(await frame.getByTestId('print-review').isVisible()).toBe(false);
        expect(await frame.getByTestId('exceptions').isVisible()).toBe(true);
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
      const { page, frame, context } = await openReview('dark');
      await context.addInitScript(() => {
        window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
      });
      await page.reload();
      await frame.getByTestId('print-review').click({ timeout: READY_MS });
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
