import type { FrameLocator } from 'playwright-core';
import { z } from 'zod';
import type { FixtureUser } from '../../dev/site/fixture';
import { chromiumAvailable } from './chromium';
import { admin, invokeAs, projectExtension } from './demoFacts';
import { useDemoSite } from './demoSuite';
import { appFrame, dialogFrame, screenshot } from './harness';

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
async function choose(dialog: FrameLocator, label: string, text: string): Promise<void> {
  const input = dialog.getByLabel(label, { exact: false });
  await input.fill(text);
  await input.press('Enter');
}

(chromiumAvailable() ? describe : describe.skip)('A risk owner picked by name', () => {
  const site = useDemoSite(undefined, 180_000);
  const { visits } = site;
  const ownerOf = (): FixtureUser => {
    const other = site.harness.fixture.users.find((user) => user.accountId !== site.asAdmin());
    if (other === undefined) throw new Error('the demo site needs two users');
    return other;
  };

  it(
    "returns the owner's name in the register when a risk's owner is picked by typing part of their name",
    async () => {
      const owner = ownerOf();
      const { page } = await visits.openPage(`/projects/${site.project.key}/product/risks`, site.asAdmin());
      const frame = appFrame(page);
      await frame.getByTestId('add-risk').click();
      const dialog = dialogFrame(page);
      await dialog.getByTestId('risk-statement').fill(STATEMENT);
      await choose(dialog, 'Likelihood', '3 –');
      await choose(dialog, 'Impact', '4 –');
      await choose(dialog, 'Strategy', 'Mitigate');
      await dialog.getByTestId('risk-owner-me').click();
      await dialog.getByText(admin(site.harness.fixture).displayName, { exact: true }).waitFor();
      const typed = owner.displayName.slice(0, 3);
      await dialog.getByLabel('Owner').fill(typed);
      await dialog.getByRole('option', { name: owner.displayName, exact: true }).click();
      await dialog.getByText(owner.displayName, { exact: true }).waitFor();
      await dialog.getByTestId('form-submit').click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      const row = frame.getByTestId('risk-table--table').getByRole('row').filter({ hasText: 'card scheme changes its rules' });
      await row.getByText(owner.displayName, { exact: true }).waitFor();
      const stored = storedRisks.parse(await invokeAs(site.harness, site.asAdmin(), 'risks/list', projectExtension(site.project)));
      expect(stored.data.items.find((risk) => risk.statement === STATEMENT)?.ownerAccountId).toBe(owner.accountId);

      await page.reload();
      const reloaded = appFrame(page).getByTestId('risk-table--table').getByRole('row').filter({ hasText: 'card scheme changes its rules' });
      await reloaded.getByText(owner.displayName, { exact: true }).waitFor();
      expect(await reloaded.innerText()).not.toContain(owner.accountId);
      await screenshot(page, 'risk-register-owner');
    },
    SLOW,
  );
});
