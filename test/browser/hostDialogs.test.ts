import type { Locator, Page } from 'playwright-core';
import type { FixtureProject } from '../../dev/site/fixture';
import { chromiumAvailable } from './chromium';
import { admin, invokeAs, productOverview, projectExtension } from './demoFacts';
import { appFrame, dialogFrame, screenshot, startHarness, Visits, type Harness } from './harness';

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

async function closeDialog(page: Page): Promise<void> {
  await dialogFrame(page).getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

(chromiumAvailable() ? describe : describe.skip)('Dialogs over the whole page', () => {
  let harness: Harness;
  let project: FixtureProject;
  let epicKey: string;
  const visits = new Visits(() => harness);
  const asAdmin = () => admin(harness.fixture).accountId;

  beforeAll(async () => {
    harness = await startHarness();
    const first = harness.fixture.projects[0];
    if (first === undefined) throw new Error('the demo site has no project');
    project = first;
    const epic = (await productOverview(harness, asAdmin(), project)).epics[0];
    if (epic === undefined) throw new Error(`${project.key} has no epic`);
    epicKey = epic.key;
    for (const statement of ['Given a, there is a risk that b, which will lead to c.', 'Given d, there is a risk that e, which will lead to f.']) {
      const risk = { statement, likelihood: 2, impact: 3, strategy: 'monitor', status: 'open' };
      expect(await invokeAs(harness, asAdmin(), 'risks/save', projectExtension(project), { risk })).toMatchObject({ ok: true });
    }
  }, 180_000);

  afterAll(async () => {
    await (harness as Harness | undefined)?.close();
  });

  afterEach(async () => {
    expect(await visits.closeAll()).toEqual([]);
  });

  it.each(WINDOWS)(
    'returns a whole risk form over the issue view when "Add risk" is chosen in the epic panel at $width × $height',
    async (size) => {
      const { page } = await visits.openPage(`/browse/${epicKey}`, asAdmin());
      await page.setViewportSize(size);
      await appFrame(page).getByTestId('epic-add-risk').click();
      await expectDialogFits(page, 'risk-statement', 'form-submit');
      expect(await dialogFrame(page).getByTestId('risk-linkedIssueKeys').inputValue()).toBe(epicKey);
      await screenshot(page, `epic-panel-risk-form-${size.width}`);
      await closeDialog(page);
    },
    SLOW,
  );
});
