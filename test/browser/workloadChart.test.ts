import { axeViolations, columnLayout, heightOf, tabTo } from './chartFacts';
import { chromiumAvailable } from './chromium';
import { productOverview, type ReadyProductData } from './demoFacts';
import { appFrame, screenshot } from './harness';
import { useDemoSite } from './demoSuite';
import { openReview, seedReview } from './portfolioFacts';

/**
 * The rough edges of the charts and tables (issue "Records finished … every rough edge"): the month
 * under way marked, an absolute view beside the shares, separators and textures that do not rely on
 * hue, figures right-aligned, and the Portfolio review's quarter read "to date". The demo site's now is
 * 15 Nov 2026, so November is the month (and Sep–Nov the quarter) under way.
 */
const SLOW = 120_000;
const READY_MS = 60_000;
const PARTIAL = '2026-11';

const monthTotal = (month: ReadyProductData['product']['workload']['months'][number]) =>
  [month.feature, month.defect, month.risk, month.debt, month.untagged].reduce((sum, bucket) => sum + bucket.points, 0);

(chromiumAvailable() ? describe : describe.skip)('The workload chart and figure tables in the browser', () => {
  let figures: ReadyProductData;
  const site = useDemoSite(async () => {
    figures = await productOverview(site.harness, site.asAdmin(), site.project);
  }, 320_000);
  const { visits } = site;

  it(
    'returns the month under way marked "to date" in the chart, its description and the table when the snapshot was taken during it',
    async () => {
      const { page } = await visits.openPage(`/projects/${site.project.key}/product`, site.asAdmin());
      const frame = appFrame(page);
      const partial = frame.getByTestId(`column-${PARTIAL}`);
      await partial.waitFor({ timeout: READY_MS });
      expect(await partial.getAttribute('data-partial')).toBe('true');
      expect(await frame.getByTestId('column-2026-10').getAttribute('data-partial')).toBeNull();
      expect(await partial.locator('xpath=following-sibling::*[1]').textContent()).toBe('Nov to date');
      const chart = frame.getByRole('img', { name: /Share of delivered work by work category per month/ });
      expect(await chart.getAttribute('aria-label')).toContain('Nov 2026 is not over: its figures run to 15 Nov 2026.');
      const rows = frame.getByTestId('workload-table--table').locator('tbody tr');
      expect(await rows.last().locator('td').first().innerText()).toBe('Nov 2026 (to date)');
      expect(await rows.nth(-2).locator('td').first().innerText()).toBe('Oct 2026');
    },
    SLOW,
  );

  it(
    'returns a taller full month than the month under way when the absolute view is chosen from the keyboard, and keeps the choice on another tab',
    async () => {
      const months = figures.product.workload.months;
      const partialMonth = months.find((month) => month.month === PARTIAL);
      const fuller = months.find((month) => month.month !== PARTIAL && partialMonth !== undefined && monthTotal(month) > monthTotal(partialMonth));
      if (partialMonth === undefined || fuller === undefined) throw new Error(`${site.project.key} has no full month with more points than ${PARTIAL}`);
      const { page } = await visits.openPage(`/projects/${site.project.key}/product`, site.asAdmin());
      const frame = appFrame(page);
      const partial = frame.getByTestId(`column-${PARTIAL}`);
      const full = frame.getByTestId(`column-${fuller.month}`);
      await partial.waitFor({ timeout: READY_MS });
      // On the shares scale every month with work stands as tall as any other.
      expect(await heightOf(partial)).toBeCloseTo(await heightOf(full), 3);
      await screenshot(page, 'workload-shares');

      const absolute = frame.getByRole('button', { name: 'Absolute points' });
      const heading = frame.getByRole('heading', { name: /Delivered work by work category/ });
      expect(await tabTo(absolute, heading)).toBe(true);
      await page.keyboard.press('Enter');
      await frame.locator('svg[data-scale="amount"]').waitFor();
      expect(await absolute.getAttribute('aria-pressed')).toBe('true');
      expect(await frame.locator('svg[data-scale="amount"] text').first().textContent()).toBe('Story points');
      await frame.getByRole('img', { name: /^Delivered story points by work category per month, Dec 2025 to Nov 2026\. Nov 2026 is not over/ }).waitFor();
      expect(await heightOf(full)).toBeGreaterThan(await heightOf(partial));
      await screenshot(page, 'workload-absolute');

      await frame.getByRole('tab', { name: 'Velocity' }).click();
      await frame.getByRole('tab', { name: 'Workload' }).click();
      await frame.locator('svg[data-scale="amount"]').waitFor({ timeout: READY_MS });
      expect(await frame.getByRole('button', { name: 'Absolute points' }).getAttribute('aria-pressed')).toBe('true');
    },
    SLOW,
  );

  it(
    'returns no serious accessibility violation when the absolute view is shown in the dark theme',
    async () => {
      const { page } = await visits.openPage(`/projects/${site.project.key}/product`, site.asAdmin(), 'dark');
      const frame = appFrame(page);
      await frame.getByTestId(`column-${PARTIAL}`).waitFor({ timeout: READY_MS });
      await frame.getByRole('button', { name: 'Absolute points' }).click();
      await frame.locator('svg[data-scale="amount"]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'workload-absolute-dark');
    },
    SLOW,
  );

  it(
    'returns a separator round every stacked segment and a different texture for Defect and Risk when the chart, the in-flight bar and the legend are drawn',
    async () => {
      const { page } = await visits.openPage(`/projects/${site.project.key}/product`, site.asAdmin());
      const frame = appFrame(page);
      await frame.getByTestId(`column-${PARTIAL}`).waitFor({ timeout: READY_MS });
      const separators = frame.locator('[data-testid^="segment-"] rect[data-separator]');
      expect(await separators.count()).toBeGreaterThan(0);
      const strokes = await separators.evaluateAll((rects) =>
        rects.map((rect) => ({ stroke: getComputedStyle(rect).stroke, width: getComputedStyle(rect).strokeWidth })),
      );
      for (const { stroke, width } of strokes) {
        expect(stroke).not.toMatch(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
        expect(parseFloat(width)).toBeGreaterThan(0);
      }
      expect(await frame.locator('[data-testid^="mini-segment-"] rect[data-separator]').count()).toBeGreaterThan(0);

      const textures = await frame
        .locator('[data-testid^="segment-"]')
        .evaluateAll((groups) =>
          Object.fromEntries(
            groups.map((group) => [group.getAttribute('data-testid')?.replace(/^segment-\d{4}-\d{2}-/, '') ?? '', group.getAttribute('data-texture')]),
          ),
        );
      expect(textures).toMatchObject({ defect: 'diagonal', risk: 'dots' });
      const legend = await frame.locator('ul svg[data-texture]').evaluateAll((swatches) => swatches.map((swatch) => swatch.getAttribute('data-texture')));
      expect(legend).toEqual(['solid', 'diagonal', 'dots', 'horizontal', 'crosshatch']);
      // The pattern a textured segment points at exists in its own SVG.
      const patterned = frame.locator('[data-testid^="segment-"][data-texture="diagonal"] rect[data-separator]').first();
      expect(
        await patterned.evaluate((rect) => rect.closest('svg')?.querySelector(getComputedStyle(rect).fill.replace(/^url\("?(#[^")]+)"?\)$/, '$1')) !== null),
      ).toBe(true);
    },
    SLOW,
  );

  it(
    'returns figure cells right-aligned with tabular numerals under a right-aligned header when the workload and sprint tables are shown',
    async () => {
      const { page } = await visits.openPage(`/projects/${site.project.key}/product`, site.asAdmin());
      const frame = appFrame(page);
      const table = frame.getByTestId('workload-table--table');
      await table.waitFor({ timeout: READY_MS });
      const header = table.locator('thead th').last().locator('div').first();
      const cell = table.locator('tbody tr').first().locator('td').last().locator('div').first();
      const layout = await columnLayout(header, cell);
      expect(layout.textAlign).toMatch(/^(end|right)$/);
      expect(layout.numerals).toBe('tabular-nums');
      expect(Math.abs(layout.headerRight - layout.cellRight)).toBeLessThan(2);
      const monthCell = table.locator('tbody tr').first().locator('td').first();
      expect(await monthCell.evaluate((element) => getComputedStyle(element).textAlign)).toMatch(/^(left|start)$/);

      await frame.getByRole('tab', { name: 'Velocity' }).click();
      const sprints = frame.getByTestId('sprint-table--table').first();
      await sprints.waitFor({ timeout: READY_MS });
      const committed = await columnLayout(sprints.locator('thead th').nth(2), sprints.locator('tbody tr').first().locator('td').nth(2).locator('div').first());
      expect(committed.textAlign).toMatch(/^(end|right)$/);
      expect(Math.abs(committed.headerRight - committed.cellRight)).toBeLessThan(2);
    },
    SLOW,
  );

  it(
    'returns "to date" on the quarter, its mix column and "Delivered this quarter to date" with right-aligned figures when the review quarter is under way',
    async () => {
      await seedReview(site.harness);
      const { page, frame } = await openReview(site.harness, visits);
      await frame.getByRole('heading', { name: /^Every product \(\d+\): Sep 2026 – Nov 2026 to date$/ }).waitFor();
      await frame.getByTestId('portfolio-table').getByRole('columnheader', { name: 'Workload mix, quarter to date' }).waitFor();
      const changes = frame.getByTestId('changes-table');
      const delivered = changes.getByRole('columnheader', { name: 'Delivered this quarter to date' });
      await delivered.waitFor();
      const index = await delivered.evaluate((element) => (element as HTMLTableCellElement).cellIndex);
      const cell = changes.locator('tbody tr').first().locator('td').nth(index);
      const layout = await columnLayout(delivered, cell.locator('span').first());
      expect(layout.textAlign).toMatch(/^(end|right)$/);
      expect(Math.abs(layout.headerRight - layout.cellRight)).toBeLessThan(2);
      await screenshot(page, 'portfolio-quarter-to-date');
    },
    SLOW,
  );
});
