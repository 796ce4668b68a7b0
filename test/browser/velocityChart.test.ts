import { chromiumAvailable } from './chromium';
import { productOverview } from './demoFacts';
import { appFrame, screenshot } from './harness';
import { useDemoSite } from './demoSuite';

/** The velocity chart read at its far end: its y-axis stays in view, titled with its unit, and sprints go by name. */
const SLOW = 90_000;
const READY_MS = 60_000;

(chromiumAvailable() ? describe : describe.skip)('The velocity chart in the browser', () => {
  const site = useDemoSite(undefined, 320_000);
  const { visits } = site;

  it(
    'returns the y-axis titled "Story points" in the same place when the chart is scrolled, and sprint names under the columns',
    async () => {
      const board = (await productOverview(site.harness, site.asAdmin(), site.project)).product.velocity.boards[0];
      const sprint = board?.sprints[board.sprints.length - 1];
      if (board === undefined || sprint === undefined) throw new Error(`${site.project.key} has no board with a closed sprint`);
      const { page } = await visits.openPage(`/projects/${site.project.key}/product`, site.asAdmin());
      await page.setViewportSize({ width: 1024, height: 768 });
      const frame = appFrame(page);
      await frame.getByRole('tab', { name: 'Velocity' }).click();
      const title = frame.locator('svg text').filter({ hasText: 'Story points' }).first();
      await title.waitFor({ timeout: READY_MS });
      const before = await title.boundingBox();
      const scroller = frame.getByRole('group', { name: 'Velocity chart' }).first();
      await scroller.evaluate((element) => element.scrollTo({ left: 0 }));
      expect(await title.boundingBox()).toEqual(before);
      expect(await title.isVisible()).toBe(true);

      const column = frame.getByTestId(`sprint-bars-${sprint.id}`);
      // SVG text has no innerText; its two tspans read as the name's last two words (the board is the heading).
      const tick = (await column.locator('text').last().textContent()) ?? '';
      expect(tick).not.toMatch(/^#/);
      expect(sprint.name.endsWith(tick)).toBe(true);
      expect(tick).toContain(' ');
      await screenshot(page, 'product-tab-velocity-chart');
    },
    SLOW,
  );
});
