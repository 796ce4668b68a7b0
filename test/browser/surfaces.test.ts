import type { Page } from 'playwright-core';
import { chromiumAvailable } from './chromium';
import { admin, productOverview, readOnlyViewer, restrictedViewer, untaggedEpicWithOpenWork, userWithoutAccess } from './demoFacts';
import { appFrame, eventually, screenshot, startHarness, Visits, type Harness, type Visit } from './harness';

/**
 * The three surfaces in Chromium against the local site (real builds, real resolvers, the local Jira
 * site with the generated demo data). Figures come from snapshots the backend builds in the
 * background, so beforeAll waits (bounded) for every project's first one. The jest global setup
 * decides once whether Chromium is there, so a machine without it prints one line saying so.
 */
const SLOW = 90_000;
/** A test that waits for a snapshot refresh (the UI watches one for up to a minute). */
const REFRESHING = 180_000;
/** How long a page may take to show figures: snapshots are warmed in beforeAll, so this is a safety margin. */
const READY_MS = 60_000;
/** How long the backend may take to store a refreshed snapshot after a refresh or a tag queued it. */
const REFRESHED_MS = 90_000;

async function frameText(page: Page, selector: string): Promise<string> {
  return appFrame(page).locator(selector).innerText();
}

(chromiumAvailable() ? describe : describe.skip)('Product Lens in the browser', () => {
  let harness: Harness;
  const visits = new Visits(() => harness);

  beforeAll(async () => {
    harness = await startHarness();
  }, 320_000);

  afterAll(async () => {
    await (harness as Harness | undefined)?.close();
  });

  function open(path: string, accountId = admin(harness.fixture).accountId, colorMode: 'light' | 'dark' = 'light'): Promise<Visit> {
    return visits.openPage(path, accountId, colorMode);
  }

  afterEach(async () => {
    // Every page of every test must be free of console errors and uncaught exceptions.
    expect(await visits.closeAll()).toEqual([]);
  });

  it(
    'shows the Product tab with the workload, velocity and epics of a demo project',
    async () => {
      const project = harness.fixture.projects[1] ?? harness.fixture.projects[0];
      if (project === undefined) throw new Error('the demo site has no project');
      const expected = await productOverview(harness, admin(harness.fixture).accountId, project);
      const { page } = await open(`/projects/${project.key}/product`);
      const frame = appFrame(page);

      await frame.getByRole('heading', { name: `${project.name}: product figures` }).waitFor({ timeout: READY_MS });
      await frame.getByRole('img', { name: /Share of delivered work by work category per month/ }).waitFor();
      expect(await frame.getByTestId('workload-table--table').locator('tbody tr').count()).toBe(expected.product.workload.months.length);
      await screenshot(page, 'product-tab-workload');

      await frame.getByRole('tab', { name: 'Velocity' }).click();
      const board = expected.product.velocity.boards[0];
      const lastSprint = board?.sprints[board.sprints.length - 1];
      if (board && lastSprint) {
        await frame.getByRole('heading', { name: board.name, exact: true }).waitFor();
        const newestRow = frame.getByTestId('sprint-table--table').locator('tbody tr').first();
        expect(await newestRow.innerText()).toContain(lastSprint.name);
      }
      await screenshot(page, 'product-tab-velocity');

      // Keyboard: the tab list moves with arrow keys, as Atlaskit tabs do.
      await frame.getByRole('tab', { name: 'Velocity' }).press('ArrowRight');
      await frame.getByText(`Epics of this project (${expected.epics.length})`).waitFor();
      await screenshot(page, 'product-tab-epics');
    },
    SLOW,
  );

  it(
    'tags an untagged epic in the epic panel, and the Product tab then counts its work under that type once its figures are refreshed',
    async () => {
      const { project, epic } = await untaggedEpicWithOpenWork(harness);
      const before = await open(`/projects/${project.key}/product`);
      await appFrame(before.page).getByTestId('in-flight-table--table').waitFor({ timeout: READY_MS });
      const inFlightBefore = await frameText(before.page, '[data-testid="in-flight-table--table"]');

      const { page } = await open(`/browse/${epic.key}`);
      const panel = appFrame(page);
      await panel.getByTestId('epic-work-type').filter({ hasText: 'Untagged' }).waitFor();
      await screenshot(page, 'epic-panel-untagged');
      await panel.getByTestId('choose-risk').click();
      await panel.getByTestId('epic-work-type').filter({ hasText: 'Risk' }).waitFor();
      await panel.getByText('Decided by: Set in Product Lens').waitFor();
      await screenshot(page, 'epic-panel-tagged');

      // The tag queues a refresh of the project's snapshot. The Product tab shows the stored figures and,
      // while that refresh is under way, watches for the new ones and shows them without a reload.
      const after = await open(`/projects/${project.key}/product`);
      const inFlight = appFrame(after.page).getByTestId('in-flight-table--table');
      await inFlight.waitFor({ timeout: READY_MS });
      await eventually(
        async () => (await inFlight.innerText()) !== inFlightBefore,
        REFRESHED_MS,
        `the Product tab of ${project.key} to count ${epic.key} as Risk`,
      );
      await appFrame(after.page).getByRole('tab', { name: 'Epics' }).click();
      const row = appFrame(after.page).getByRole('row').filter({ hasText: epic.key });
      await row.getByText('Risk').waitFor();
      await screenshot(after.page, 'product-tab-after-tagging');
    },
    REFRESHING,
  );

  it(
    'shows every browsable product on the Portfolio review and drills down to its Product tab',
    async () => {
      const { page } = await open('/portfolio');
      const frame = appFrame(page);
      for (const project of harness.fixture.projects) await frame.getByTestId(`open-${project.key}`).waitFor();
      await screenshot(page, 'portfolio-review');

      const target = harness.fixture.projects[0];
      if (target === undefined) throw new Error('the demo site has no project');
      await frame.getByTestId(`open-${target.key}`).click();
      await page.waitForURL(`**/projects/${target.key}/product`);
      await appFrame(page)
        .getByRole('heading', { name: `${target.name}: product figures` })
        .waitFor({ timeout: READY_MS });
    },
    SLOW,
  );

  it(
    'hides a product from the Portfolio review once the acting user cannot browse it',
    async () => {
      const { user, hidden, visible } = restrictedViewer(harness.fixture);
      const { page } = await open('/portfolio');
      await appFrame(page).getByTestId(`open-${hidden.key}`).waitFor();

      await Promise.all([page.waitForURL('**/portfolio'), page.selectOption('#switch-user', user.accountId)]);
      const frame = appFrame(page);
      for (const project of visible) await frame.getByTestId(`open-${project.key}`).waitFor();
      const text = await frame.locator('body').innerText();
      expect(text).not.toContain(hidden.name);
      expect(text).not.toContain(hidden.key);
      await screenshot(page, 'portfolio-review-restricted');
    },
    SLOW,
  );

  it(
    'shows the epic panel and the epics list read-only to a viewer without Edit Issues',
    async () => {
      const { project, epic } = await untaggedEpicWithOpenWork(harness);
      const viewer = readOnlyViewer(harness.fixture, project);
      if (viewer === undefined) throw new Error(`the demo site has no read-only viewer of ${project.key}`);
      const { page } = await open(`/browse/${epic.key}`, viewer.accountId);
      await appFrame(page)
        .getByText(/that needs the Edit Issues permission/)
        .waitFor();
      expect(await appFrame(page).getByTestId('choose-feature').count()).toBe(0);
      await screenshot(page, 'epic-panel-read-only');

      const product = await open(`/projects/${project.key}/product`, viewer.accountId);
      const frame = appFrame(product.page);
      await frame.getByRole('tab', { name: 'Epics' }).click();
      await frame.getByText('You can see work categories here, not change them').waitFor({ timeout: READY_MS });
      await frame.getByTestId('epics-table--table').waitFor();
      expect(await frame.getByTestId('bulk-tag-button').count()).toBe(0);
      expect(await frame.getByRole('button', { name: /^Select all \d+ untagged$/ }).count()).toBe(0);
      await screenshot(product.page, 'epics-read-only');
    },
    SLOW,
  );

  it(
    'tells a user who can browse no project what to do, instead of an empty table',
    async () => {
      const outsider = userWithoutAccess(harness.fixture);
      if (outsider === undefined) throw new Error('the demo site has no user without project access');
      const { page } = await open('/portfolio', outsider.accountId);
      await appFrame(page).getByRole('heading', { name: 'No product to review' }).waitFor();
      await screenshot(page, 'portfolio-review-empty');
    },
    SLOW,
  );

  it(
    'applies the dark theme inside the surfaces when the host switches to dark',
    async () => {
      const { page } = await open('/portfolio', admin(harness.fixture).accountId, 'dark');
      const frame = appFrame(page);
      await frame.getByRole('heading', { name: 'Portfolio review' }).waitFor();
      expect(await frame.locator('html').getAttribute('data-color-mode')).toBe('dark');
      const background = await frame.locator('main').evaluate((element) => getComputedStyle(element).backgroundColor);
      const [red = 255, green = 255, blue = 255] = (background.match(/\d+/g) ?? []).map(Number);
      expect(red + green + blue).toBeLessThan(3 * 80);
      await screenshot(page, 'portfolio-review-dark');
    },
    SLOW,
  );
});
