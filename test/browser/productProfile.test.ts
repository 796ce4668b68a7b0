import type { FixtureProject } from '../../dev/site/fixture';
import { chromiumAvailable } from './chromium';
import { admin, invokeAs } from './demoFacts';
import { appFrame, dialogFrame, screenshot, startHarness, Visits, type Harness } from './harness';

/** The product profile on the Product tab (issue 9) in Chromium against the local site, with a fresh record store. */
const SLOW = 90_000;

function projectExtension(project: FixtureProject): Record<string, unknown> {
  return { type: 'jira:projectPage', project: { id: project.id, key: project.key, type: project.projectTypeKey } };
}

(chromiumAvailable() ? describe : describe.skip)('The product profile in the browser', () => {
  let harness: Harness;
  let project: FixtureProject;
  const visits = new Visits(() => harness);
  const asAdmin = () => admin(harness.fixture).accountId;

  beforeAll(async () => {
    harness = await startHarness();
    const first = harness.fixture.projects[0];
    if (first === undefined) throw new Error('the demo site has no project');
    project = first;
  }, 180_000);

  afterAll(async () => {
    await (harness as Harness | undefined)?.close();
  });

  afterEach(async () => {
    expect(await visits.closeAll()).toEqual([]);
  });

  it(
    'returns the saved name, vision, fiscal year, analysis days and risk appetite when the profile is edited and saved',
    async () => {
      const { page } = await visits.openPage(`/projects/${project.key}/product`, asAdmin());
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
      const stored = await invokeAs(harness, asAdmin(), 'profile/get', projectExtension(project));
      expect(stored).toMatchObject({ ok: true, data: { profile: { productName: 'Payments', fiscalYearStartMonth: 1, analysisDueDays: 45, riskAppetite: 9 } } });
      await screenshot(page, 'product-profile');
    },
    SLOW,
  );
});
