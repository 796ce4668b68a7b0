import { chromiumAvailable } from './chromium';
import { invokeAs, projectExtension } from './demoFacts';
import { appFrame, dialogFrame, screenshot } from './harness';
import { useDemoSite } from './demoSuite';

/** The product profile on the Product tab (issue 9) in Chromium against the local site, with a fresh record store. */
const SLOW = 90_000;

(chromiumAvailable() ? describe : describe.skip)('The product profile in the browser', () => {
  const site = useDemoSite(undefined, 180_000);
  const { visits } = site;

  it(
    'returns the saved name, vision, fiscal year, analysis days and risk appetite when the profile is edited and saved',
    async () => {
      const { page } = await visits.openPage(`/projects/${site.project.key}/product`, site.asAdmin());
      const frame = appFrame(page);
      await frame.getByRole('tab', { name: 'Product profile' }).click();
      await frame.getByText('No profile saved yet').waitFor();
      expect(await frame.getByTestId('profile-view-riskAppetite').innerText()).toContain('Severity 12 of 25');

      await frame.getByTestId('edit-profile').click();
      await dialogFrame(page).getByTestId('profile-productName').fill('Payments');
      await dialogFrame(page).getByTestId('profile-vision').fill('Every merchant is paid on time, every time.');
      const month = dialogFrame(page).getByLabel('Fiscal year starts in', { exact: false });
      await month.fill('January');
      await month.press('Enter');
      await dialogFrame(page).getByTestId('profile-analysisDueDays').fill('45');
      await dialogFrame(page).getByTestId('profile-riskAppetite').fill('30');
      await dialogFrame(page).getByTestId('form-submit').click();
      await dialogFrame(page).getByText('Enter a whole number from 1 to 25').waitFor();
      await dialogFrame(page).getByTestId('profile-riskAppetite').fill('9');
      await dialogFrame(page).getByTestId('form-submit').click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      await frame.getByTestId('profile-view-productName').getByText('Payments').waitFor();
      expect(await frame.getByTestId('profile-view-fiscalYearStartMonth').innerText()).toBe('January');
      expect(await frame.getByTestId('profile-view-analysisDueDays').innerText()).toBe('45 days after a release');
      expect(await frame.getByTestId('profile-view-riskAppetite').innerText()).toContain('Severity 9 of 25');
      const stored = await invokeAs(site.harness, site.asAdmin(), 'profile/get', projectExtension(site.project));
      expect(stored).toMatchObject({ ok: true, data: { profile: { productName: 'Payments', fiscalYearStartMonth: 1, analysisDueDays: 45, riskAppetite: 9 } } });
      await screenshot(page, 'product-profile');
    },
    SLOW,
  );
});
