import path from 'node:path';
import type { FixtureProject } from '../../dev/site/fixture';
import type { CapacitySprintRow } from '../../src/shared/records';
import { chromiumAvailable } from './chromium';
import { admin, invokeAs, productOverview, projectExtension } from './demoFacts';
import { appFrame, dialogFrame, type Harness, screenshot, SCREENSHOT_DIR } from './harness';
import { useDemoSite } from './demoSuite';

/**
 * Capacity on the Product tab, the epic panel's linked records and the Portfolio review's record
 * highlights (issue 4), in Chromium against the local site with a fresh record store.
 */
const SLOW = 90_000;

function dataOf(answer: unknown): Record<string, unknown> {
  if (
    typeof answer === 'object' &&
    answer !== null &&
    'ok' in answer &&
    answer.ok === true &&
    'data' in answer &&
    typeof answer.data === 'object' &&
    answer.data !== null
  ) {
    return { ...answer.data };
  }
  throw new Error(`the resolver failed: ${JSON.stringify(answer).slice(0, 300)}`);
}

function isSprintRow(value: unknown): value is CapacitySprintRow {
  return typeof value === 'object' && value !== null && 'sprintId' in value && 'state' in value;
}

async function capacityRows(harness: Harness, project: FixtureProject, boardId: number): Promise<CapacitySprintRow[]> {
  const sprints = dataOf(await invokeAs(harness, admin(harness.fixture).accountId, 'capacity/list', projectExtension(project), { boardId })).sprints;
  return Array.isArray(sprints) ? sprints.filter(isSprintRow) : [];
}

(chromiumAvailable() ? describe : describe.skip)('More product records in the browser', () => {
  const site = useDemoSite(undefined, 180_000);
  const { visits } = site;

  it(
    'saves the capacity of a closed and the next sprint, and forecasts the next sprint from them',
    async () => {
      const board = (await productOverview(site.harness, site.asAdmin(), site.project)).product.velocity.boards[0];
      if (board === undefined) throw new Error(`${site.project.key} has no scrum board`);
      const rows = await capacityRows(site.harness, site.project, board.id);
      const closed = [...rows].reverse().find((row) => row.state === 'closed' && (row.completedPoints ?? 0) > 0);
      const next = rows.find((row) => row.state === 'future') ?? rows.find((row) => row.state === 'active');
      if (closed === undefined || next === undefined || closed.completedPoints === null)
        throw new Error(`${board.name} needs a closed sprint with points and an open sprint: ${JSON.stringify(rows).slice(0, 300)}`);

      const { page } = await visits.openPage(`/projects/${site.project.key}/product`, site.asAdmin());
      const frame = appFrame(page);
      await frame.getByRole('tab', { name: 'Capacity' }).click();
      const forecast = frame.getByTestId('capacity-forecast');
      await forecast.getByText('No forecast yet').waitFor();

      await frame.getByTestId(`capacity-days-${closed.sprintId}`).fill('40');
      await frame.getByTestId(`capacity-save-${closed.sprintId}`).click();
      await frame
        .getByTestId(`capacity-row-${closed.sprintId}`)
        .getByText((closed.completedPoints / 40).toFixed(2))
        .waitFor();

      const nextDays = frame.getByTestId(`capacity-days-${next.sprintId}`);
      expect(await nextDays.inputValue()).toBe('40');
      await nextDays.fill('30');
      await nextDays.press('Enter');
      const expected = Math.round((closed.completedPoints / 40) * 30 * 10) / 10;
      await forecast.getByRole('heading', { name: `${Number.isInteger(expected) ? expected : expected.toFixed(1)} points` }).waitFor();
      await forecast.getByText(`${next.name} has 30 person-days available`, { exact: false }).waitFor();
      await screenshot(page, 'capacity');
      // The first screen only (forecast and the next sprints), small enough for the README.
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'capacity-first-screen.png'), clip: { x: 0, y: 140, width: 1280, height: 700 } });
    },
    SLOW,
  );

  it(
    'lists the risk and milestone linked to an epic in its panel, and "Add risk" starts linked to the epic',
    async () => {
      const epic = (await productOverview(site.harness, site.asAdmin(), site.project)).epics[0];
      if (epic === undefined) throw new Error(`${site.project.key} has no epic`);
      const statement = 'Given that the ledger migration shares this epic, there is a risk that cut-over slips, which will lead to a frozen release.';
      const risk = {
        statement,
        likelihood: 4,
        impact: 4,
        strategy: 'mitigate',
        mitigation: 'Dry-run the cut-over twice.',
        status: 'open',
        linkedIssueKeys: [epic.key],
      };
      dataOf(await invokeAs(site.harness, site.asAdmin(), 'risks/save', projectExtension(site.project), { risk }));
      const item = {
        title: 'Ledger on the new platform',
        outcome: 'Month-end close in one day.',
        targetMonth: '2027-02',
        status: 'at-risk',
        linkedIssueKeys: [epic.key],
      };
      dataOf(await invokeAs(site.harness, site.asAdmin(), 'roadmap/save', projectExtension(site.project), { item }));

      const { page } = await visits.openPage(`/browse/${epic.key}`, site.asAdmin(), 'dark');
      const panel = appFrame(page);
      const risks = panel.getByRole('list', { name: `Risks linked to ${epic.key}` });
      await risks.getByText(statement).waitFor();
      await risks.getByText('16 High').waitFor();
      const milestones = panel.getByRole('list', { name: `Roadmap items linked to ${epic.key}` });
      await milestones.getByText('Ledger on the new platform').waitFor();
      await milestones.getByText('At risk').waitFor();
      await screenshot(page, 'epic-links');

      await panel.getByTestId('epic-add-risk').click();
      expect(await dialogFrame(page).getByTestId('risk-linkedIssueKeys').inputValue()).toBe(epic.key);
      await dialogFrame(page).getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    },
    SLOW,
  );

  it(
    "counts a saved high risk of a product in the Portfolio review's records",
    async () => {
      // The review's table reads each product's records from portfolio/overview.
      const before = dataOf(await invokeAs(site.harness, site.asAdmin(), 'portfolio/overview', { type: 'jira:globalPage' })).products;
      const row = Array.isArray(before)
        ? (before as { projectKey: string; records?: { openRisks?: { high?: unknown } } }[]).find((product) => product.projectKey === site.project.key)
        : undefined;
      const highBefore = Number(row?.records?.openRisks?.high ?? 0);
      const risk = {
        statement: 'Given that the PSP contract ends in January, there is a risk that no successor is signed, which will lead to an outage.',
        likelihood: 5,
        impact: 5,
        strategy: 'avoid',
        mitigation: '',
        status: 'open',
      };
      dataOf(await invokeAs(site.harness, site.asAdmin(), 'risks/save', projectExtension(site.project), { risk }));

      const { page } = await visits.openPage('/portfolio', site.asAdmin());
      const frame = appFrame(page);
      await frame.getByTestId('portfolio-table').waitFor();
      await frame.getByRole('button', { name: 'Risks and roadmap' }).click();
      await frame
        .getByTestId(`records-risks-${site.project.key}`)
        .getByText(`${highBefore + 1} High`, { exact: true })
        .waitFor();
      await screenshot(page, 'portfolio-records');
    },
    SLOW,
  );
});
