import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { chromiumAvailable } from './chromium';
import { invokeAs, productOverview, projectExtension } from './demoFacts';
import { appFrame, dialogFrame, eventually } from './harness';
import { useDemoSite } from './demoSuite';

/**
 * axe-core on every surface, in light and dark: no serious or critical violation. Records are seeded
 * first, so the roadmap, risk register and releases show their items, not only their empty states.
 */
const SLOW = 180_000;
const READY_MS = 60_000;
const THEMES: readonly ('light' | 'dark')[] = ['light', 'dark'];
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What each surface is checked for besides every serious and critical violation. Heading levels
 * that jump are only "moderate" to axe but make the outline confusing, so they count too.
 */
const ALSO_CHECKED: Record<Surface, readonly string[]> = {
  product: ['heading-order'],
  epic: ['heading-order'],
  portfolio: ['heading-order'],
  dialog: ['heading-order'],
};
type Surface = 'product' | 'epic' | 'portfolio' | 'dialog';

interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe in the app's frame and returns its serious and critical violations (and `also`), one line each. */
async function violationsOf(frame: Frame, also: readonly string[]): Promise<string[]> {
  await frame.evaluate(AXE_SOURCE);
  // Whether a button's name contains its visible text is an experimental rule, so it is switched on.
  const script = `axe.run(document, { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } })
    .then((result) => result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical' || ${JSON.stringify(also)}.includes(violation.id))
      .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => String(node.target)) })))`;
  const violations = await frame.evaluate<Violation[]>(script);
  return violations.map((violation) => `${violation.impact} ${violation.id} (${violation.help}): ${violation.targets.join(' | ')}`);
}

/** The frame of the dialog open over the page (Forge's host modal). */
function dialogFrameOf(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().includes('__modal='));
  if (frame === undefined) throw new Error(`no dialog open on ${page.url()}`);
  return frame;
}

function appFrameOf(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().includes('/frames/') && !candidate.url().includes('__modal='));
  if (frame === undefined) throw new Error(`no app frame on ${page.url()}`);
  return frame;
}

/** Waits until nothing in the frame is still loading (a spinner or a "Loading…" label). */
async function settled(page: Page): Promise<void> {
  const frame = appFrame(page);
  await eventually(async () => (await frame.getByText(/^Loading/).count()) === 0, READY_MS, 'the app frame to finish loading');
}

const SEEDED_RISK = {
  statement: 'Given that the PCI audit is in May, there is a risk that findings are open, which will lead to a conditional certificate.',
  likelihood: 4,
  impact: 4,
  strategy: 'avoid',
  status: 'open',
};

(chromiumAvailable() ? describe : describe.skip)('Accessibility of every surface (axe-core)', () => {
  const site = useDemoSite(async () => {
    const epics = (await productOverview(site.harness, site.asAdmin(), site.project)).epics.map((epic) => epic.key);
    const milestone = {
      title: 'Instant refunds',
      outcome: 'Refunds within a minute.',
      targetMonth: '2026-12',
      status: 'at-risk',
      linkedIssueKeys: epics.slice(0, 2),
    };
    expect(await invokeAs(site.harness, site.asAdmin(), 'roadmap/save', projectExtension(site.project), { item: milestone })).toMatchObject({ ok: true });
    expect(await invokeAs(site.harness, site.asAdmin(), 'risks/save', projectExtension(site.project), { risk: SEEDED_RISK })).toMatchObject({ ok: true });
  }, 320_000);
  const { visits } = site;

  for (const colorMode of THEMES) {
    it(
      `returns no serious or critical violation on any Product tab section in the ${colorMode} theme`,
      async () => {
        const { page } = await visits.openPage(`/projects/${site.project.key}/product`, site.asAdmin(), colorMode);
        const frame = appFrame(page);
        const found: string[] = [];
        for (const tab of await frame.getByRole('tab').allInnerTexts()) {
          await frame.getByRole('tab', { name: tab, exact: true }).click();
          await settled(page);
          found.push(...(await violationsOf(appFrameOf(page), ALSO_CHECKED.product)).map((line) => `${tab}: ${line}`));
        }
        expect(found).toEqual([]);
      },
      SLOW,
    );

    it(
      `returns no serious or critical violation on the epic panel and the Portfolio review in the ${colorMode} theme`,
      async () => {
        const epic = (await productOverview(site.harness, site.asAdmin(), site.project)).epics[0];
        if (epic === undefined) throw new Error(`${site.project.key} has no epic`);
        const panel = await visits.openPage(`/browse/${epic.key}`, site.asAdmin(), colorMode);
        await appFrame(panel.page).getByRole('heading', { name: 'Linked to this epic' }).waitFor({ timeout: READY_MS });
        await settled(panel.page);
        const portfolio = await visits.openPage('/portfolio', site.asAdmin(), colorMode);
        await appFrame(portfolio.page).getByTestId(`open-${site.project.key}`).waitFor({ timeout: READY_MS });
        await settled(portfolio.page);
        const found = [
          ...(await violationsOf(appFrameOf(panel.page), ALSO_CHECKED.epic)).map((line) => `epic panel: ${line}`),
          ...(await violationsOf(appFrameOf(portfolio.page), ALSO_CHECKED.portfolio)).map((line) => `portfolio: ${line}`),
        ];
        expect(found).toEqual([]);
      },
      SLOW,
    );

    it(
      `returns no serious or critical violation in the risk form, the risk history and a delete confirmation in the ${colorMode} theme`,
      async () => {
        const { page } = await visits.openPage(`/projects/${site.project.key}/product/risks`, site.asAdmin(), colorMode);
        const found: string[] = [];
        for (const opener of [/^Edit risk:/, /^History of risk:/, /^Delete risk:/]) {
          await appFrame(page).getByRole('button', { name: opener }).first().click({ timeout: READY_MS });
          await dialogFrame(page).getByRole('heading', { level: 1 }).waitFor();
          await eventually(
            async () =>
              (await dialogFrame(page)
                .getByText(/^Loading/)
                .count()) === 0,
            READY_MS,
            'the dialog to finish loading',
          );
          found.push(...(await violationsOf(dialogFrameOf(page), ALSO_CHECKED.dialog)).map((line) => `${String(opener)}: ${line}`));
          await page.keyboard.press('Escape');
          await page.getByRole('dialog').waitFor({ state: 'detached' });
        }
        expect(found).toEqual([]);
      },
      SLOW,
    );
  }
});
