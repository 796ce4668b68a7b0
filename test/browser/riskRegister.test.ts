import { z } from 'zod';
import { chromiumAvailable } from './chromium';
import { admin, invokeAs, projectExtension } from './demoFacts';
import { appFrame, dialogFrame, screenshot } from './harness';
import { useDemoSite } from './demoSuite';

/**
 * The risk register as risk managers expect it (issue 9) in Chromium against the local site: the heat
 * map by inherent or residual risk, the appetite marker, and a risk's change history.
 */
const SLOW = 90_000;

const RISK = {
  statement: 'Given that the payout provider changes its API in June, there is a risk that payouts stop, which will lead to unpaid merchants.',
  likelihood: 4,
  impact: 5,
  residualLikelihood: 2,
  residualImpact: 3,
  strategy: 'mitigate',
  status: 'open',
};

const savedRisk = z.object({ ok: z.literal(true), data: z.object({ id: z.string(), version: z.number() }) });

(chromiumAvailable() ? describe : describe.skip)('The risk register in the browser', () => {
  let riskId: string;
  const site = useDemoSite(async () => {
    const created = savedRisk.parse(await invokeAs(site.harness, site.asAdmin(), 'risks/save', projectExtension(site.project), { risk: RISK }));
    riskId = created.data.id;
    const update = { risk: { ...RISK, id: riskId, version: created.data.version, impact: 4, mitigation: 'Dual-run the old and new API for a month.' } };
    expect(await invokeAs(site.harness, site.asAdmin(), 'risks/save', projectExtension(site.project), update)).toMatchObject({ ok: true });
  }, 180_000);
  const { visits } = site;

  it(
    'returns the risk at its residual cell when the heat map is switched to residual, with its residual severity in its row',
    async () => {
      const { page } = await visits.openPage(`/projects/${site.project.key}/product`, site.asAdmin());
      const frame = appFrame(page);
      await frame.getByRole('tab', { name: 'Risk register' }).click();
      await frame.locator('[data-testid="heat-cell-4-4"][aria-label$="; 1 risk"]').waitFor();
      expect(await frame.getByTestId('heat-cell-2-3').getAttribute('aria-label')).toMatch(/; 0 risks$/);
      expect((await frame.getByTestId('heat-cell-2-3').innerText()).trim()).toBe('');
      const row = frame.getByTestId(`risk-row-${riskId}`);
      await row.getByText('16 High').waitFor();
      await row.getByText('6 Medium').waitFor();

      await frame.getByTestId('heat-basis-residual--radio-label').click();
      await frame.locator('[data-testid="heat-cell-2-3"][aria-label$="; 1 risk"]').waitFor();
      expect(await frame.getByTestId('heat-cell-4-4').getAttribute('aria-label')).toMatch(/; 0 risks$/);
      await frame.getByTestId('heat-cell-2-3').press('Enter');
      expect(await frame.getByTestId('risk-table--table').locator('tbody tr').count()).toBe(1);
      await screenshot(page, 'risk-register-residual');
    },
    SLOW,
  );

  it(
    "returns a risk's changes, newest first, from → to, when its history is opened",
    async () => {
      const { page } = await visits.openPage(`/projects/${site.project.key}/product`, site.asAdmin());
      const frame = appFrame(page);
      await frame.getByRole('tab', { name: 'Risk register' }).click();
      await frame.getByTestId(`risk-history-${riskId}`).click();
      const dialog = dialogFrame(page).getByTestId('risk-history');
      await dialog.getByTestId('risk-history-entry-2').waitFor();
      await dialog.getByText('Impact: 5 Severe → 4 Major').waitFor();
      await dialog.getByText('Mitigation activities: none → Dual-run the old and new API for a month.').waitFor();
      await dialog
        .getByTestId('risk-history-entry-1')
        .getByText(new RegExp(`^Created on .+ by ${admin(site.harness.fixture).displayName}$`))
        .waitFor();
      await screenshot(page, 'risk-history');
      await dialog.getByRole('button', { name: 'Close' }).last().click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    },
    SLOW,
  );
});
