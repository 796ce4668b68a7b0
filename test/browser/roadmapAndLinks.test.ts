import { z } from 'zod';
import type { Locator } from 'playwright-core';
import { chromiumAvailable } from './chromium';
import { invokeAs, productOverview, projectExtension } from './demoFacts';
import { appFrame, dialogFrame, screenshot } from './harness';
import { useDemoSite } from './demoSuite';

/**
 * The roadmap as a reader of it expects (the browser's clock reads 15 Nov 2026, see harness.ts):
 * "now" marked, a month gone by reads overdue, whole lozenges, a sensible default month, a print
 * view titled by the roadmap; and epic keys that open the issue in Jira.
 */
const SLOW = 120_000;
const READY_MS = 60_000;
const savedAnswer = z.object({ ok: z.literal(true), data: z.object({ id: z.string() }) });

/** Whether every part of `locator` shows its whole text (nothing cut off with an ellipsis). */
async function showsWholeText(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => [element, ...Array.from(element.querySelectorAll('*'))].every((part) => part.scrollWidth <= part.clientWidth));
}

(chromiumAvailable() ? describe : describe.skip)('The roadmap and issue links in the browser', () => {
  let epicKeys: string[];
  const ids: Record<string, string> = {};
  let riskId = '';
  const site = useDemoSite(async () => {
    epicKeys = (await productOverview(site.harness, site.asAdmin(), site.project)).epics.map((epic) => epic.key);
    const milestones = {
      past: { title: 'Same-day settlement for every merchant in the European Union', outcome: '', targetMonth: '2026-06', status: 'at-risk' },
      now: { title: 'PCI DSS 4.0', outcome: '', targetMonth: '2026-11', status: 'planned', linkedIssueKeys: epicKeys.slice(0, 2) },
      done: { title: 'Wallet', outcome: '', targetMonth: '2026-05', status: 'delivered' },
    };
    for (const [name, item] of Object.entries(milestones)) {
      const answer = await invokeAs(site.harness, site.asAdmin(), 'roadmap/save', projectExtension(site.project), { item: { linkedIssueKeys: [], ...item } });
      ids[name] = savedAnswer.parse(answer).data.id;
    }
    const risk = { statement: 'Given a, there is a risk that b, which will lead to c.', likelihood: 2, impact: 2, strategy: 'monitor', status: 'open' };
    const saved = await invokeAs(site.harness, site.asAdmin(), 'risks/save', projectExtension(site.project), {
      risk: { ...risk, linkedIssueKeys: epicKeys.slice(0, 1) },
    });
    riskId = savedAnswer.parse(saved).data.id;
  }, 320_000);
  const { visits } = site;

  it(
    'returns the current month marked "now", an unsettled past milestone as overdue and every lozenge whole, also at 1024 px and in print',
    async () => {
      const { page } = await visits.openPage(`/projects/${site.project.key}/product`, site.asAdmin());
      await page.setViewportSize({ width: 1024, height: 768 });
      const frame = appFrame(page);
      await frame.getByRole('tab', { name: 'Roadmap' }).click();
      await frame.getByTestId('roadmap-now').getByRole('heading', { name: 'Nov 2026 (now)' }).waitFor({ timeout: READY_MS });
      expect(await frame.getByTestId(`milestone-status-${ids.past ?? ''}`).innerText()).toBe('Overdue (At risk)');
      expect(await frame.getByTestId(`milestone-status-${ids.done ?? ''}`).innerText()).toBe('Delivered');
      expect(await frame.getByTestId(`milestone-status-${ids.now ?? ''}`).innerText()).toBe('Planned');
      for (const id of Object.values(ids)) expect(await showsWholeText(frame.getByTestId(`milestone-status-${id}`))).toBe(true);

      await page.emulateMedia({ media: 'print' });
      expect(await frame.getByRole('heading', { level: 1 }).isVisible()).toBe(false);
      expect(await frame.getByRole('heading', { name: /^Roadmap FY 2026–27$/ }).isVisible()).toBe(true);
      for (const id of Object.values(ids)) expect(await showsWholeText(frame.getByTestId(`milestone-status-${id}`))).toBe(true);
      const printTitle = await frame.locator('body').evaluate(() => {
        window.dispatchEvent(new Event('beforeprint'));
        const title = document.title;
        window.dispatchEvent(new Event('afterprint'));
        return title;
      });
      expect(printTitle).toBe('Roadmap FY 2026–27');
      await screenshot(page, 'product-tab-roadmap-print');
      await page.emulateMedia({ media: 'screen' });
      await screenshot(page, 'product-tab-roadmap');
    },
    SLOW,
  );

  it(
    'returns the current month as the target month of a new milestone',
    async () => {
      const { page } = await visits.openPage(`/projects/${site.project.key}/product`, site.asAdmin());
      const frame = appFrame(page);
      await frame.getByRole('tab', { name: 'Roadmap' }).click();
      await frame.getByTestId('add-milestone').click({ timeout: READY_MS });
      expect(await dialogFrame(page).getByTestId('milestone-targetMonth').inputValue()).toBe('2026-11');
    },
    SLOW,
  );

  it(
    'opens a linked epic in Jira from the roadmap, the Epics tab and the risk register',
    async () => {
      const { context, page } = await visits.openPage(`/projects/${site.project.key}/product`, site.asAdmin());
      const frame = appFrame(page);
      const epicKey = epicKeys[0] ?? '';
      await frame.getByRole('tab', { name: 'Roadmap' }).click();
      const [fromRoadmap] = await Promise.all([
        context.waitForEvent('page'),
        frame
          .getByTestId(`milestone-${ids.now ?? ''}`)
          .getByRole('link', { name: epicKey })
          .click(),
      ]);
      await fromRoadmap.waitForURL(`**/browse/${epicKey}`);
      await fromRoadmap.close();

      await frame.getByRole('tab', { name: 'Epics' }).click();
      const row = frame.getByRole('row').filter({ hasText: epicKey });
      const [fromEpics] = await Promise.all([context.waitForEvent('page'), row.getByRole('link', { name: epicKey, exact: true }).click()]);
      await fromEpics.waitForURL(`**/browse/${epicKey}`);
      await fromEpics.close();

      await frame.getByRole('tab', { name: 'Risk register' }).click();
      const riskRow = frame.getByTestId(`risk-row-${riskId}`);
      const [fromRisks] = await Promise.all([context.waitForEvent('page'), riskRow.getByRole('link', { name: epicKey, exact: true }).click()]);
      await fromRisks.waitForURL(`**/browse/${epicKey}`);
      await fromRisks.close();
    },
    SLOW,
  );
});
