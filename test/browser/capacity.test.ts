import { z } from 'zod';
import { chromiumAvailable } from './chromium';
import { invokeAs, productOverview, projectExtension } from './demoFacts';
import { appFrame } from './harness';
import { useDemoSite } from './demoSuite';

/** Capacity entry as people type it: decimal commas, values kept while another sprint saves, typos refused aloud. */
const SLOW = 90_000;
const sprintRows = z.object({
  data: z.object({ sprints: z.array(z.object({ sprintId: z.number(), name: z.string(), state: z.string(), completedPoints: z.number().nullable() })) }),
});

(chromiumAvailable() ? describe : describe.skip)('Capacity entry in the browser', () => {
  const site = useDemoSite(undefined, 320_000);
  const { visits } = site;

  it(
    'returns an unsaved value untouched when another sprint is saved, accepts 38,5 as 38.5 and refuses 4038.5 in an alert',
    async () => {
      const board = (await productOverview(site.harness, site.asAdmin(), site.project)).product.velocity.boards[0];
      if (board === undefined) throw new Error(`${site.project.key} has no scrum board`);
      const answer = await invokeAs(site.harness, site.asAdmin(), 'capacity/list', projectExtension(site.project), { boardId: board.id });
      const rows = sprintRows.parse(answer).data.sprints;
      const closed = [...rows].reverse().find((row) => row.state === 'closed' && (row.completedPoints ?? 0) > 0);
      const next = rows.find((row) => row.state === 'future') ?? rows.find((row) => row.state === 'active');
      if (closed === undefined || next === undefined) throw new Error(`${board.name} needs a closed sprint with points and an open sprint`);

      const { page } = await visits.openPage(`/projects/${site.project.key}/product`, site.asAdmin());
      const frame = appFrame(page);
      await frame.getByRole('tab', { name: 'Capacity' }).click();
      const nextDays = frame.getByTestId(`capacity-days-${next.sprintId}`);
      await nextDays.fill('38,5');
      await frame.getByTestId(`capacity-days-${closed.sprintId}`).fill('40');
      await frame.getByTestId(`capacity-save-${closed.sprintId}`).click();
      await frame
        .getByTestId(`capacity-row-${closed.sprintId}`)
        .getByText(((closed.completedPoints ?? 0) / 40).toFixed(2))
        .waitFor();
      expect(await nextDays.inputValue()).toBe('38,5');

      await nextDays.press('Enter');
      await frame.getByTestId('capacity-forecast').getByText(`${next.name} has 38.5 person-days available`, { exact: false }).waitFor();

      await nextDays.fill('4038.5');
      await nextDays.press('Enter');
      const alert = frame.getByTestId(`capacity-problem-${next.sprintId}`);
      await alert.getByText(/4038\.5 person-days is more than 10 people can work in this sprint \(\d+ at most\)/).waitFor();
      expect(await alert.getAttribute('role')).toBe('alert');
      expect(await nextDays.inputValue()).toBe('4038.5');
    },
    SLOW,
  );
});
