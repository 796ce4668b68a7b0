import type { Locator, Page } from 'playwright-core';
import { chromiumAvailable } from './chromium';
import { invokeAs, productOverview, projectExtension } from './demoFacts';
import { appFrame, dialogFrame, screenshot } from './harness';
import { useDemoSite } from './demoSuite';

/**
 * Every form opens in Forge's host modal, over the whole page (issue 9): fully in the window at
 * 1024 × 768 and 1440 × 900, from the epic panel's small frame and from the bottom of the Product
 * tab, with its title, first field and buttons in view. The Product tab's section is in the address.
 */
const SLOW = 120_000;
const WINDOWS = [
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator, what: string): Promise<Box> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error(`${what} is not on screen`);
  return box;
}

function inside(inner: Box, outer: Box): boolean {
  const slack = 0.5;
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  );
}

/** The open dialog is in the window, and its title, `first` control and submit button are in the dialog. */
async function expectDialogFits(page: Page, first: string, submit: string): Promise<void> {
  const size = page.viewportSize();
  if (size === null) throw new Error('the page has no viewport');
  const window: Box = { x: 0, y: 0, ...size };
  const dialog = await boxOf(page.getByRole('dialog'), 'the dialog');
  expect({ dialog, fits: inside(dialog, window) }).toEqual({ dialog, fits: true });
  const frame = dialogFrame(page);
  for (const [what, locator] of [
    ['title', frame.getByRole('heading', { level: 1 })],
    [first, frame.getByTestId(first)],
    [submit, frame.getByTestId(submit)],
  ] as const) {
    await locator.waitFor();
    const box = await boxOf(locator, what);
    expect({ what, fits: inside(box, dialog) }).toEqual({ what, fits: true });
  }
}

/** Scrolls the Jira page to its end, where the frame's last rows are. */
async function scrollToBottom(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
}

/** The Product tab's dialogs, each opened by what a person clicks, with the control it starts on. */
const PRODUCT_DIALOGS = [
  { tab: 'Risk register', opener: /^Edit risk: Given d/, first: 'risk-statement', submit: 'form-submit' },
  { tab: 'Risk register', opener: /^History of risk: Given d/, first: 'risk-history', submit: 'risk-history-close' },
  { tab: 'Risk register', opener: /^Delete risk: Given d/, first: 'confirm-delete', submit: 'confirm-delete-button' },
  { tab: 'Roadmap', opener: 'Add milestone', first: 'milestone-title', submit: 'form-submit' },
  { tab: 'Releases', opener: /^(Write|Edit) analysis of/, first: 'analysis-expectedOutcomes', submit: 'form-submit' },
  { tab: 'Product profile', opener: 'Edit profile', first: 'profile-productName', submit: 'form-submit' },
] as const;

async function closeDialog(page: Page): Promise<void> {
  await dialogFrame(page).getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

(chromiumAvailable() ? describe : describe.skip)('Dialogs over the whole page', () => {
  let epicKey: string;
  const site = useDemoSite(async () => {
    const epic = (await productOverview(site.harness, site.asAdmin(), site.project)).epics[0];
    if (epic === undefined) throw new Error(`${site.project.key} has no epic`);
    epicKey = epic.key;
    for (const statement of ['Given a, there is a risk that b, which will lead to c.', 'Given d, there is a risk that e, which will lead to f.']) {
      const risk = { statement, likelihood: 2, impact: 3, strategy: 'monitor', status: 'open' };
      expect(await invokeAs(site.harness, site.asAdmin(), 'risks/save', projectExtension(site.project), { risk })).toMatchObject({ ok: true });
    }
  }, 180_000);
  const { visits } = site;

  it.each(WINDOWS)(
    'returns a whole risk form over the issue view when "Add risk" is chosen in the epic panel at $width × $height',
    async (size) => {
      const { page } = await visits.openPage(`/browse/${epicKey}`, site.asAdmin());
      await page.setViewportSize(size);
      await appFrame(page).getByTestId('epic-add-risk').click();
      await expectDialogFits(page, 'risk-statement', 'form-submit');
      await page.getByRole('dialog', { name: 'Add a risk' }).waitFor();
      expect(await dialogFrame(page).getByTestId('risk-linkedIssueKeys').inputValue()).toBe(epicKey);
      await screenshot(page, `epic-panel-risk-form-${size.width}`);
      await closeDialog(page);
    },
    SLOW,
  );

  it.each(WINDOWS)(
    'returns every Product tab dialog whole when it is opened from the bottom of the page at $width × $height',
    async (size) => {
      const { page } = await visits.openPage(`/projects/${site.project.key}/product`, site.asAdmin());
      await page.setViewportSize(size);
      for (const { tab, opener, first, submit } of PRODUCT_DIALOGS) {
        await appFrame(page).getByRole('tab', { name: tab, exact: true }).click();
        const button = appFrame(page).getByRole('button', { name: opener }).last();
        await button.waitFor({ timeout: 60_000 });
        await scrollToBottom(page);
        await button.click();
        await expectDialogFits(page, first, submit);
        if (first === 'risk-statement') await screenshot(page, `risk-form-${size.width}`);
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
      }
    },
    SLOW * 2,
  );

  it(
    'returns focus to the button that opened a dialog when Escape closes it',
    async () => {
      const { page } = await visits.openPage(`/projects/${site.project.key}/product/risks`, site.asAdmin());
      const add = appFrame(page).getByTestId('add-risk');
      await add.click();
      await dialogFrame(page).getByTestId('risk-statement').waitFor();
      expect(
        await dialogFrame(page)
          .getByTestId('risk-statement')
          .evaluate((field) => field === document.activeElement),
      ).toBe(true);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      expect(await add.evaluate((button) => button === document.activeElement && document.hasFocus())).toBe(true);
    },
    SLOW,
  );

  it(
    "returns the new risk in the epic panel's list when it is saved in the dialog",
    async () => {
      const { page } = await visits.openPage(`/browse/${epicKey}`, site.asAdmin(), 'dark');
      const panel = appFrame(page);
      await panel.getByTestId('epic-add-risk').click();
      const dialog = dialogFrame(page);
      const statement = 'Given that the ledger moves, there is a risk that totals differ, which will lead to a late close.';
      await dialog.getByTestId('risk-statement').fill(statement);
      for (const [label, option] of [
        ['Likelihood', '3 –'],
        ['Impact', '4 –'],
        ['Strategy', 'Mitigate'],
      ] as const) {
        const input = dialog.getByLabel(label, { exact: false });
        await input.fill(option);
        await input.press('Enter');
      }
      await screenshot(page, 'epic-panel-risk-form-dark');
      await dialog.getByTestId('form-submit').click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await panel
        .getByRole('list', { name: `Risks linked to ${epicKey}` })
        .getByText(statement)
        .waitFor();
    },
    SLOW,
  );

  it(
    "returns the section named in the Product tab's address, and the address of each section chosen",
    async () => {
      const { page } = await visits.openPage(`/projects/${site.project.key}/product/risks`, site.asAdmin());
      const frame = appFrame(page);
      await frame.getByTestId('add-risk').waitFor({ timeout: 60_000 });
      expect(await frame.getByRole('tab', { name: 'Risk register' }).getAttribute('aria-selected')).toBe('true');
      await frame.getByRole('tab', { name: 'Roadmap', exact: true }).click();
      await page.waitForURL(/\/product\/roadmap$/);
      await frame.getByRole('tab', { name: 'Workload', exact: true }).click();
      await page.waitForURL(new RegExp(`/projects/${site.project.key}/product$`));
      await page.goBack();
      await page.waitForURL(/\/product\/roadmap$/);
      await frame.locator('[role="tab"][aria-selected="true"]', { hasText: 'Roadmap' }).waitFor();
      await page.goBack();
      await frame.locator('[role="tab"][aria-selected="true"]', { hasText: 'Risk register' }).waitFor();
    },
    SLOW,
  );
});
