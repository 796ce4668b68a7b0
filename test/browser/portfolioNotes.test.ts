import path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import type { FixtureProject } from '../../dev/site/fixture';
import { chromiumAvailable } from './chromium';
import { admin } from './demoFacts';
import { screenshot, SCREENSHOT_DIR, startHarness, Visits, type Harness } from './harness';
import { listNotesAs, openReview, saveNoteAs, seedReview, type StoredNote } from './portfolioFacts';

/**
 * The Portfolio review's decisions (issue 10, point 4) in Chromium against the local site: a note
 * added, edited and deleted in place (no dialog, so it fits any frame), an action marked done, a
 * conflicting save, and last month's actions with their state.
 */
const SLOW = 90_000;

(chromiumAvailable() ? describe : describe.skip)('Review notes on the Portfolio review', () => {
  let harness: Harness;
  let planned: FixtureProject;
  let month: string;
  let lastMonth: string;
  let lastMonthsNote: StoredNote;
  const visits = new Visits(() => harness);
  const open = () => openReview(harness, visits);

  beforeAll(async () => {
    harness = await startHarness();
    ({ planned, month, lastMonth } = await seedReview(harness));
    lastMonthsNote = await saveNoteAs(harness, planned.key, {
      month: lastMonth,
      decision: 'Move the claims milestone only with a date the team commits to.',
      action: 'Re-plan self-service claims with the team',
      ownerAccountId: admin(harness.fixture).accountId,
      dueDate: `${lastMonth}-20`,
      actionState: 'open',
    });
  }, 320_000);

  afterAll(async () => {
    await (harness as Harness | undefined)?.close();
  });

  afterEach(async () => {
    expect(await visits.closeAll()).toEqual([]);
  });

  async function fillNote(frame: FrameLocator, decision: string, action: string, dueDate: string): Promise<void> {
    await frame.getByTestId('note-decision').fill(decision);
    await frame.getByTestId('note-action').fill(action);
    await frame.getByTestId('note-form').getByRole('button', { name: 'Assign to me' }).click();
    await frame.getByTestId('note-dueDate').fill(dueDate);
  }

  it(
    "shows last month's action with its state, adds a decision in place and marks an action done",
    async () => {
      const { page, frame } = await open();
      const card = frame.getByTestId(`notes-${planned.key}`);
      await card.getByText('Re-plan self-service claims with the team').waitFor();
      expect(await frame.getByTestId(`note-state-${lastMonthsNote.id}`).innerText()).toMatch(/overdue/i);

      await frame.getByTestId(`add-note-${planned.key}`).click();
      await page.setViewportSize({ width: 1024, height: 768 });
      const form = frame.getByTestId('note-form');
      expect(await frame.locator('body').evaluate((body) => body.scrollWidth - body.clientWidth)).toBeLessThanOrEqual(0);
      await fillNote(frame, 'Fund one debt sprint before the accessibility audit.', 'Book the debt sprint', `${month}-25`);
      await form.screenshot({ path: path.join(SCREENSHOT_DIR, 'portfolio-review-decision-form-1024.png') });
      await frame.getByTestId('note-submit').click();
      await form.waitFor({ state: 'detached' });
      await card.getByText('Fund one debt sprint before the accessibility audit.').waitFor();
      await card.getByText('Action: Book the debt sprint').waitFor();

      const saved = (await listNotesAs(harness, [month])).find((note) => note.decision === 'Fund one debt sprint before the accessibility audit.');
      expect(saved).toMatchObject({ actionState: 'open', ownerAccountId: admin(harness.fixture).accountId });

      await frame.getByTestId(`note-toggle-${lastMonthsNote.id}`).click();
      await frame.getByTestId(`note-state-${lastMonthsNote.id}`).getByText('Done').waitFor();
      expect((await listNotesAs(harness, [lastMonth])).find((note) => note.id === lastMonthsNote.id)?.actionState).toBe('done');
      await page.setViewportSize({ width: 1280, height: 900 });
      await screenshot(page, 'portfolio-review-decisions');
    },
    SLOW,
  );

  it(
    "keeps the reader's text when someone else saved the note meanwhile, and saves again from their version",
    async () => {
      const stored = await saveNoteAs(harness, planned.key, { month, decision: 'Keep the release train monthly.', actionState: 'open' });
      const { page, frame } = await open();
      await frame.getByTestId(`note-edit-${stored.id}`).click();
      await page.setViewportSize({ width: 1440, height: 900 });
      await frame.getByTestId('note-decision').fill('Keep the release train monthly, and add a hotfix lane.');
      await saveNoteAs(harness, planned.key, {
        id: stored.id,
        version: stored.version,
        month,
        decision: 'Release every two weeks from January.',
        actionState: 'open',
      });
      await frame.getByTestId('note-submit').click();
      const conflict = frame.getByTestId('save-conflict');
      await conflict.getByText('Release every two weeks from January.', { exact: false }).waitFor();
      expect(await frame.getByTestId('note-decision').inputValue()).toBe('Keep the release train monthly, and add a hotfix lane.');
      await frame.getByTestId('note-form').screenshot({ path: path.join(SCREENSHOT_DIR, 'portfolio-review-decision-conflict-1440.png') });

      await conflict.getByRole('button', { name: 'Load their version' }).click();
      expect(await frame.getByTestId('note-decision').inputValue()).toBe('Release every two weeks from January.');
      await frame.getByTestId('note-action').fill('Set up the hotfix lane');
      await frame.getByTestId('note-submit').click();
      await frame.getByTestId('note-form').waitFor({ state: 'detached' });
      const after = (await listNotesAs(harness, [month])).find((note) => note.id === stored.id);
      expect(after).toMatchObject({ version: stored.version + 2, decision: 'Release every two weeks from January.' });
    },
    SLOW,
  );

  it(
    "shows an action's owner by name when it is someone else, and keeps them when the note is edited",
    async () => {
      const other = harness.fixture.users.find((user) => user.accountId !== admin(harness.fixture).accountId);
      if (other === undefined) throw new Error('the demo site needs two users');
      const stored = await saveNoteAs(harness, planned.key, {
        month,
        decision: 'Hand the payout migration to the platform team.',
        action: 'Agree the hand-over date',
        ownerAccountId: other.accountId,
        actionState: 'open',
      });
      const { frame } = await open();
      const item = frame.getByTestId(`note-${stored.id}`);
      await item.getByText(other.displayName, { exact: false }).waitFor();
      expect(await item.innerText()).not.toContain(other.accountId);

      await frame.getByTestId(`note-edit-${stored.id}`).click();
      await frame.getByTestId('note-form').getByText(other.displayName, { exact: true }).waitFor();
      await frame.getByTestId('note-action').fill('Agree the hand-over date with both leads');
      await frame.getByTestId('note-submit').click();
      await frame.getByTestId('note-form').waitFor({ state: 'detached' });
      const after = (await listNotesAs(harness, [month])).find((note) => note.id === stored.id);
      expect(after).toMatchObject({ version: stored.version + 1, ownerAccountId: other.accountId });
    },
    SLOW,
  );

  it(
    'deletes a decision after asking in place',
    async () => {
      const stored = await saveNoteAs(harness, planned.key, { month, decision: 'Drop the legacy export.', actionState: 'open' });
      const { frame } = await open();
      const item = frame.getByTestId(`note-${stored.id}`);
      await item.getByRole('button', { name: 'Delete' }).click();
      await item.getByText('Delete this decision? Its history is kept.').waitFor();
      await frame.getByTestId(`note-delete-confirm-${stored.id}`).click();
      await item.waitFor({ state: 'detached' });
      expect((await listNotesAs(harness, [month])).some((note) => note.id === stored.id)).toBe(false);
    },
    SLOW,
  );
});
