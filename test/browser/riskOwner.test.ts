import type { Locator } from 'playwright-core';
import { z } from 'zod';
import type { FixtureProject, FixtureUser } from '../../dev/site/fixture';
import { chromiumAvailable } from './chromium';
import { admin, invokeAs, projectExtension } from './demoFacts';
import { appFrame, screenshot, startHarness, Visits, type Harness } from './harness';

/**
 * A risk's owner is a person picked by name (the risk register "as risk managers expect it"), in
 * Chromium against the local site: typing part of a name finds them (users/search), the saved risk
 * keeps their account id, and the register shows their name (users/names), after a reload too.
 */
const SLOW = 90_000;
const STATEMENT = 'Given that the card scheme changes its rules, there is a risk that refunds are refused, which will lead to complaints.';

const storedRisks = z.object({
  ok: z.literal(true),
  data: z.object({ items: z.array(z.object({ statement: z.string(), ownerAccountId: z.string().optional() })) }),
});

/** Picks an option of an Atlaskit select by typing part of its label. */
async function choose(dialog: Locator, label: string, text: string): Promise<void> {
  const input = dialog.getByLabel(label, { exact: false });
  await input.fill(text);
  await input.press('Enter');
}

(chromiumAvailable() ? describe : describe.skip)('A risk owner picked by name', () => {
  let harness: Harness;
  let project: FixtureProject;
  let owner: FixtureUser;
  const visits = new Visits(() => harness);
  const asAdmin = () => admin(harness.fixture).accountId;

  beforeAll(async () => {
    harness = await startHarness();
    const first = harness.fixture.projects[0];
    const other = harness.fixture.users.find((user) => user.accountId !== admin(harness.fixture).accountId);
    if (first === undefined || other === undefined) throw new Error('the demo site needs a project and two users');
    project = first;
    owner = other;
  }, 180_000);

  afterAll(async () => {
    await (harness as Harness | undefined)?.close();
  });

  afterEach(async () => {
    expect(await visits.closeAll()).toEqual([]);
  });

  it(
    "returns the owner's name in the register when a risk's owner is picked by typing part of their name",
    async () => {
      const { page } = await visits.openPage(`/projects/${project.key}/product`, asAdmin());
      const frame = appFrame(page);
      await frame.getByRole('tab', { name: 'Risk register' }).click();
      await frame.getByTestId('add-risk').click();
      const dialog = frame.getByRole('dialog');
      await frame.getByTestId('risk-statement').fill(STATEMENT);
      await choose(dialog, 'Likelihood', '3 –');
      await choose(dialog, 'Impact', '4 –');
      await choose(dialog, 'Strategy', 'Mitigate');
      const typed = owner.displayName.slice(0, 3);
      await dialog.getByLabel('Owner').fill(typed);
      await frame.getByRole('option', { name: owner.displayName, exact: true }).click();
      await dialog.getByText(owner.displayName, { exact: true }).waitFor();
      await frame.getByTestId('form-submit').click();
      await frame.getByTestId('risk-form').waitFor({ state: 'detached' });

      const row = frame.getByTestId('risk-table--table').getByRole('row').filter({ hasText: 'card scheme changes its rules' });
      await row.getByText(owner.displayName, { exact: true }).waitFor();
      const stored = storedRisks.parse(await invokeAs(harness, asAdmin(), 'risks/list', projectExtension(project)));
      expect(stored.data.items.find((risk) => risk.statement === STATEMENT)?.ownerAccountId).toBe(owner.accountId);

      await page.reload();
      await appFrame(page).getByRole('tab', { name: 'Risk register' }).click();
      const reloaded = appFrame(page).getByTestId('risk-table--table').getByRole('row').filter({ hasText: 'card scheme changes its rules' });
      await reloaded.getByText(owner.displayName, { exact: true }).waitFor();
      expect(await reloaded.innerText()).not.toContain(owner.accountId);
      await screenshot(page, 'risk-register-owner');
    },
    SLOW,
  );
});
