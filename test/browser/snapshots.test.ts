import { formatAsOf } from '../../static/common/format';
import { chromiumAvailable } from './chromium';
import { admin, productOverview } from './demoFacts';
import { appFrame, BROWSER_NOW, eventually, screenshot, startHarness, Visits, type Harness, type Visit } from './harness';

/**
 * Snapshot-served pages in Chromium against the local site: when the figures were taken, Refresh and
 * Refresh all, products listed whatever their snapshot's state, and the host's simulated day. Its own
 * site, since the simulated day (the last test) changes the demo data.
 */
const SLOW = 90_000;
/** A test that waits for a snapshot refresh (the UI watches one for up to a minute). */
const REFRESHING = 180_000;
/** How long a page may take to show figures: snapshots are warmed in beforeAll, so this is a safety margin. */
const READY_MS = 60_000;
/** How long the backend may take to store a refreshed snapshot after a refresh queued it. */
const REFRESHED_MS = 90_000;

(chromiumAvailable() ? describe : describe.skip)('Snapshot-served figures in the browser', () => {
  let harness: Harness;
  const visits = new Visits(() => harness);

  beforeAll(async () => {
    harness = await startHarness();
  }, 320_000);

  afterAll(async () => {
    await harness.close();
  });

  function open(path: string): Promise<Visit> {
    return visits.openPage(path, admin(harness.fixture).accountId);
  }

  afterEach(async () => {
    expect(await visits.closeAll()).toEqual([]);
  });

  it(
    'says on the Product tab when its figures were taken, and Refresh reads them again from Jira',
    async () => {
      const project = harness.fixture.projects[0];
      if (project === undefined) throw new Error('the demo site has no project');
      const taken = (await productOverview(harness, admin(harness.fixture).accountId, project)).asOf;
      const { page } = await open(`/projects/${project.key}/product`);
      const frame = appFrame(page);
      const status = frame.getByTestId('figures-status');
      await status.filter({ hasText: /^Figures as of / }).waitFor({ timeout: READY_MS });
      expect(await status.getAttribute('role')).toBe('status');
      const refresh = frame.getByRole('button', { name: 'Refresh', exact: true });
      await refresh.waitFor();
      await screenshot(page, 'product-tab-freshness');

      // Keyboard: a real button, pressed with Enter. The backend stores a new snapshot; the page watches
      // for it and then shows its time, with neither "Refreshing…" nor an error left on screen.
      await refresh.press('Enter');
      let fresh = taken;
      await eventually(
        async () => {
          fresh = (await productOverview(harness, admin(harness.fixture).accountId, project)).asOf;
          return fresh !== taken;
        },
        REFRESHED_MS,
        `a new snapshot of ${project.key}`,
      );
      // The browser runs in this machine's time zone at BROWSER_NOW, so the page words the time as formatAsOf does here.
      const expected = `Figures as of ${formatAsOf(fresh, new Date(BROWSER_NOW))}.`;
      await eventually(async () => (await status.innerText()).trim() === expected, REFRESHED_MS, `the Product tab to say "${expected}"`);
      expect(await frame.getByText('Could not ask Jira for new figures').count()).toBe(0);
      expect(await frame.getByTestId('last-refresh-failed').count()).toBe(0);
      await frame.getByRole('button', { name: 'Refresh', exact: true }).waitFor();
      await screenshot(page, 'product-tab-refreshed');
    },
    REFRESHING,
  );

  it(
    'lists a product on the Portfolio review with its figures once its snapshot is ready, and offers Refresh all',
    async () => {
      const target = harness.fixture.projects[0];
      if (target === undefined) throw new Error('the demo site has no project');
      const { page } = await open('/portfolio');
      const frame = appFrame(page);
      const row = frame.getByTestId(`portfolio-row-${target.key}`);
      await row.waitFor();
      // Rows whose snapshot is still being built are listed too, as "Computing…"; this one's is ready.
      await eventually(async () => !(await row.innerText()).includes('Computing…'), READY_MS, `the figures of ${target.key} on the Portfolio review`);
      const text = await row.innerText();
      expect(text).toContain(target.name);
      expect(text).not.toContain('Not available');
      expect(text).toMatch(/\d pts|No closed sprint/);
      await frame
        .getByTestId('portfolio-status')
        .filter({ hasText: /^Figures as of / })
        .waitFor();
      await frame.getByRole('button', { name: 'Refresh all', exact: true }).waitFor();
      await screenshot(page, 'portfolio-review-freshness');
    },
    SLOW,
  );

  // Last: a simulated day changes the demo site under every later test of this file.
  it(
    "offers 'Simulate a day of work' in the host's top bar, says what the team did, and the figures refresh from Jira's events",
    async () => {
      const before = await harness.site.app.deps.snapshots.head('PAY');
      const opened = await open('/projects');
      const { page } = opened;
      const button = page.getByRole('button', { name: 'Simulate a day of work' });
      await button.press('Enter');
      const result = page.locator('#simulate-day-result');
      expect(await result.getAttribute('role')).toBe('status');
      await eventually(async () => (await result.innerText()).startsWith('A day of work to '), 30_000, 'the simulation summary');
      expect(await result.innerText()).toMatch(/: \d+ changes? \(.+\)\. The figures refresh from Jira’s events\.$/);
      await eventually(
        async () => (await harness.site.app.deps.snapshots.head('PAY'))?.asOf !== before?.asOf,
        REFRESHED_MS,
        "a snapshot of PAY refreshed by the day's events",
      );
      expect(await button.isEnabled()).toBe(true);
      await screenshot(page, 'host-simulate-day');
    },
    SLOW,
  );
});
