import type { PortfolioSnapshotOverview } from '../../src/shared/api';
import type { FixtureProject } from '../../dev/site/fixture';
import { chromiumAvailable } from './chromium';
import { screenshot } from './harness';
import { useDemoSite } from './demoSuite';
import { openReview, readyRows, rowKeys, seedReview, type ReadyRow } from './portfolioFacts';

/**
 * The Portfolio review as the monthly meeting runs it (issue 10), in Chromium against the local site:
 * exceptions first, the filter, sorting, the total row, the views and what changed since last month.
 * Records and last month's closes are seeded before the page is opened (portfolioFacts.seedReview).
 */
const SLOW = 90_000;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const points = (value: number) => {
  const exact = Math.round(value * 1e6) / 1e6;
  return Number.isInteger(exact) ? String(exact) : exact.toFixed(1);
};
const quarterPoints = (row: ReadyRow) => Object.values(row.quarter).reduce((sum, bucket) => sum + bucket.points, 0);
(chromiumAvailable() ? describe : describe.skip)('The Portfolio review in the browser', () => {
  let overview: PortfolioSnapshotOverview;
  let risky: FixtureProject;
  let planned: FixtureProject;
  let lastMonth: string;
  const site = useDemoSite(async () => {
    ({ overview, risky, planned, lastMonth } = await seedReview(site.harness));
  }, 320_000);
  const { visits } = site;

  const open = (colorMode: 'light' | 'dark' = 'light') => openReview(site.harness, visits, colorMode);

  const exceptions = () => readyRows(overview).filter((row) => row.signals.length > 0);

  it(
    'shows the products with signals first, each signal with its reason, and the filter keeps only them',
    async () => {
      const { page, frame } = await open();
      const cards = frame.getByTestId(/^exception-[A-Z][A-Z0-9_]*$/);
      expect(await cards.count()).toBe(exceptions().length);
      for (const row of exceptions())
        for (const signal of row.signals) await frame.getByTestId(`exception-${row.projectKey}`).getByText(signal.reason).waitFor();
      const most = Math.max(...exceptions().map((row) => row.signals.length));
      const [top] = await rowKeys(frame, 'portfolio-table');
      expect(readyRows(overview).find((row) => row.projectKey === top)?.signals.length).toBe(most);
      await frame.getByText('Risk review overdue').first().waitFor();
      await screenshot(page, 'portfolio-review-meeting');

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
      const { frame } = await open();
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
      const { page, frame } = await open();
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
      const { frame } = await open();
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
      const { page, frame } = await open();
      await frame.getByTestId(`open-${planned.key}`).click();
      await page.waitForURL(`**/projects/${planned.key}/product`);
    },
    SLOW,
  );
});
