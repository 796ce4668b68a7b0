import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { FixtureProject } from '../../dev/site/fixture';
import type { BoardVelocity, SprintFigures, SprintOutcome } from '../../src/shared/figures';
import { formatPoints } from '../../static/common/format';
import { RECENT_SPRINTS } from '../../static/product-page/src/velocity/rolling';
import { ADDED_LEGEND, commitmentLine, completedLine, OUTCOME_ORDER, OUTCOME_TITLES } from '../../static/product-page/src/velocity/sprintReportText';
import { chromiumAvailable } from './chromium';
import { admin, productOverview } from './demoFacts';
import { appFrame, eventually, type Harness, screenshot } from './harness';
import { useDemoSite } from './demoSuite';

/**
 * The sprint report behind each velocity figure (issue "Jira-exact sprint figures"), in Chromium
 * against the local site: the demo data's own sprints, their issues as the backend reports them, at
 * the smallest frame the Product tab must fit (1024×768).
 */
const SLOW = 90_000;
const READY_MS = 60_000;

interface Chosen {
  project: FixtureProject;
  board: BoardVelocity;
  sprint: SprintFigures;
}

/** How many outcomes a sprint's report shows, then how many issues: the richest report tests the most. */
function richness(sprint: SprintFigures): number {
  return new Set(sprint.issues.map((issue) => issue.outcome)).size * 10_000 + sprint.issues.length;
}

/** Of the sprints the chart shows by default, on every demo project, the one whose report has the most in it. */
async function richestSprint(harness: Harness): Promise<Chosen> {
  let best: Chosen | null = null;
  for (const project of harness.fixture.projects) {
    const { product } = await productOverview(harness, admin(harness.fixture).accountId, project);
    for (const board of product.velocity.boards) {
      for (const sprint of board.sprints.slice(-RECENT_SPRINTS))
        if (best === null || richness(sprint) > richness(best.sprint)) best = { project, board, sprint };
    }
  }
  if (best === null || best.sprint.issues.length === 0)
    throw new Error('no recent sprint of the demo site lists its issues: figures/get must fill each sprint’s issues');
  return best;
}

async function openVelocity(page: Page, chosen: Chosen): Promise<FrameLocator> {
  await page.setViewportSize({ width: 1024, height: 768 });
  const frame = appFrame(page);
  await frame.getByRole('tab', { name: 'Velocity' }).click({ timeout: READY_MS });
  await frame.getByRole('heading', { name: chosen.board.name, exact: true }).waitFor();
  return frame;
}

async function barsShown(frame: FrameLocator, board: BoardVelocity): Promise<number> {
  const counts = await Promise.all(board.sprints.map((sprint) => frame.getByTestId(`sprint-bars-${sprint.id}`).count()));
  return counts.reduce((sum, count) => sum + count, 0);
}

/** An estimate as shown: an en dash when empty, which counts 0. */
const estimate = (text: string): number => (text === '–' ? 0 : Number(text));

/** The rows of one outcome's table as the reader sees them: `PAY-1 *`, `3 → 5`, `Commitment`. */
async function shownIssues(frame: FrameLocator, outcome: SprintOutcome) {
  const cells = await frame
    .getByTestId(`sprint-report-${outcome}--table`)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.innerText.trim())));
  return cells.map(([issue = '', estimates = '', countedIn = '']) => {
    const [start = '', end = ''] = estimates.split(' → ');
    return { outcome, key: issue.replace(/\s*\*$/, ''), added: issue.endsWith('*'), start: estimate(start), end: estimate(end), countedIn };
  });
}

/** The sprint's committed and completed as its row of the sprint table shows them. */
async function tableFigures(frame: FrameLocator, sprint: SprintFigures): Promise<{ committed: string; completed: string }> {
  const row = frame.getByRole('row').filter({ has: frame.getByRole('button', { name: `${sprint.name}: sprint report` }) });
  const [, , committed = '', completed = ''] = await row.locator('td').allInnerTexts();
  return { committed: committed.trim(), completed: completed.trim() };
}

/** Focus moves in an effect after the render that shows or hides the report, so look for a moment. */
async function expectFocused(locator: Locator, what: string): Promise<void> {
  await eventually(() => locator.evaluate((element) => element === document.activeElement), 5_000, `focus on ${what}`);
}

(chromiumAvailable() ? describe : describe.skip)('The sprint report in the browser', () => {
  let chosen: Chosen;
  const site = useDemoSite(async () => {
    chosen = await richestSprint(site.harness);
  }, 320_000);
  const { visits } = site;

  const open = (colorMode: 'light' | 'dark' = 'light') =>
    visits.openPage(`/projects/${chosen.project.key}/product`, admin(site.harness.fixture).accountId, colorMode);

  it(
    'opens a sprint’s report from its bar by keyboard, with its issues by outcome adding up to the sprint’s committed and completed figures',
    async () => {
      const { sprint, board } = chosen;
      const { page } = await open();
      const frame = await openVelocity(page, chosen);
      expect(await barsShown(frame, board)).toBe(Math.min(RECENT_SPRINTS, board.sprints.length));

      const bar = frame.getByTestId(`sprint-bars-${sprint.id}`);
      await bar.focus();
      await page.keyboard.press('Enter');
      const report = frame.getByRole('region', { name: `Sprint report: ${sprint.name}` });
      await report.waitFor();
      await expectFocused(frame.getByTestId('sprint-report'), 'the report');
      expect(await bar.getAttribute('aria-expanded')).toBe('true');

      // One line per figure, saying how it was made; then one group per outcome some issue had.
      expect((await frame.getByTestId('sprint-report-totals').innerText()).split('\n')).toEqual([
        commitmentLine(sprint),
        completedLine(sprint, board.doneColumn),
      ]);
      expect(commitmentLine(sprint)).toMatch(new RegExp(`^Commitment ${formatPoints(sprint.committed)} points? = `));
      const groups = await report.getByRole('heading', { level: 4 }).allInnerTexts();
      expect(groups.map((heading) => heading.slice(0, heading.indexOf(':')))).toEqual(
        OUTCOME_ORDER.filter((outcome) => sprint.issues.some((issue) => issue.outcome === outcome)).map((outcome) => OUTCOME_TITLES[outcome]),
      );

      // Every issue once, in its outcome's group (a group only for outcomes some issue had), `*` on those added late.
      const shown = (await Promise.all(OUTCOME_ORDER.map((outcome) => shownIssues(frame, outcome)))).flat();
      const byOutcome = OUTCOME_ORDER.flatMap((outcome) => sprint.issues.filter((issue) => issue.outcome === outcome));
      expect(shown.map((row) => [row.outcome, row.key, row.added])).toEqual(byOutcome.map((issue) => [issue.outcome, issue.key, issue.addedDuringSprint]));
      expect(await report.getByText(ADDED_LEGEND).count()).toBe(shown.some((row) => row.added) ? 1 : 0);
      expect(await report.getByText('does not add up').count()).toBe(0);

      // What the reader can add up: the start estimates counted in the commitment, the end estimates of the Completed group.
      const committed = shown.filter((row) => row.countedIn.startsWith('Commitment')).reduce((sum, row) => sum + row.start, 0);
      const completed = shown.filter((row) => row.outcome === 'completed').reduce((sum, row) => sum + row.end, 0);
      expect(committed).toBeCloseTo(sprint.committed, 6);
      expect(completed).toBeCloseTo(sprint.completed, 6);
      expect(await tableFigures(frame, sprint)).toEqual({ committed: formatPoints(committed), completed: formatPoints(completed) });
      await screenshot(page, 'velocity-sprint-report');

      await page.keyboard.press('Escape');
      await report.waitFor({ state: 'detached' });
      await expectFocused(bar, 'the bar that opened the report');
    },
    SLOW,
  );

  it(
    'opens a sprint’s report from its row of the sprint table, closes it with Close, and opens an issue in Jira from its key',
    async () => {
      const { sprint } = chosen;
      const { page, context } = await open();
      const frame = await openVelocity(page, chosen);
      const rowButton = frame.getByRole('button', { name: `${sprint.name}: sprint report` });
      await rowButton.click();
      const report = frame.getByRole('region', { name: `Sprint report: ${sprint.name}` });
      await report.waitFor();
      await report.getByRole('button', { name: 'Close', exact: true }).click();
      await report.waitFor({ state: 'detached' });
      expect(await rowButton.getAttribute('aria-expanded')).toBe('false');
      await expectFocused(rowButton, 'the row button that opened the report');

      await rowButton.press('Enter');
      const first = sprint.issues[0];
      if (first === undefined) throw new Error(`${sprint.name} lists no issue`);
      const [issuePage] = await Promise.all([context.waitForEvent('page'), report.getByRole('link', { name: first.key, exact: true }).click()]);
      await issuePage.waitForURL(`**/browse/${first.key}`);
      expect(page.url()).toContain(`/projects/${chosen.project.key}/product`);
    },
    SLOW,
  );

  it(
    'shows the last 7 sprints on the chart and every sprint on request',
    async () => {
      const { board } = chosen;
      const { page } = await open();
      const frame = await openVelocity(page, chosen);
      if (board.sprints.length <= RECENT_SPRINTS) {
        expect(await frame.getByRole('button', { name: /^Show all \d+ sprints$/ }).count()).toBe(0);
        return;
      }
      await frame.getByRole('button', { name: `Show all ${board.sprints.length} sprints` }).click();
      expect(await barsShown(frame, board)).toBe(board.sprints.length);
      await frame.getByRole('button', { name: `Show the last ${RECENT_SPRINTS} sprints` }).click();
      expect(await barsShown(frame, board)).toBe(RECENT_SPRINTS);
    },
    SLOW,
  );

  it(
    'opens the report of a sprint older than the last 7, whose issues come as it opens, adding up to its figures',
    async () => {
      const { board } = chosen;
      const older = board.sprints.slice(0, -RECENT_SPRINTS).find((sprint) => sprint.committed > 0 && sprint.completed > 0);
      if (older === undefined) throw new Error(`${board.name} has no older sprint with figures`);
      expect(older.issuesOmitted).toBe(true);
      const { page } = await open();
      const frame = await openVelocity(page, chosen);
      await frame.getByRole('button', { name: `Show all ${board.sprints.length} sprints` }).click();
      await frame.getByRole('button', { name: `${older.name}: sprint report` }).click();
      const report = frame.getByRole('region', { name: `Sprint report: ${older.name}` });
      await report.getByTestId('sprint-report-totals').waitFor();
      const shown = (await Promise.all(OUTCOME_ORDER.map((outcome) => shownIssues(frame, outcome)))).flat();
      expect(shown.filter((row) => row.countedIn.startsWith('Commitment')).reduce((sum, row) => sum + row.start, 0)).toBeCloseTo(older.committed, 6);
      expect(shown.filter((row) => row.outcome === 'completed').reduce((sum, row) => sum + row.end, 0)).toBeCloseTo(older.completed, 6);
      expect(await report.getByText('This report does not add up').count()).toBe(0);
    },
    SLOW,
  );

  it(
    'draws the sprint report with the dark theme’s tokens',
    async () => {
      const { page } = await open('dark');
      const frame = await openVelocity(page, chosen);
      await frame.getByTestId(`sprint-bars-${chosen.sprint.id}`).click();
      const report = frame.getByTestId('sprint-report');
      await report.waitFor();
      const background = await report.evaluate((element) => getComputedStyle(element).backgroundColor);
      const [red = 255, green = 255, blue = 255] = (background.match(/\d+/g) ?? []).map(Number);
      expect(red + green + blue).toBeLessThan(3 * 80);
      await screenshot(page, 'velocity-sprint-report-dark');
    },
    SLOW,
  );
});
