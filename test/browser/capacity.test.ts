import { z } from 'zod';
import type { FixtureProject } from '../../dev/site/fixture';
import { chromiumAvailable } from './chromium';
import { admin, invokeAs, productOverview, projectExtension } from './demoFacts';
import { appFrame, startHarness, Visits, type Harness } from './harness';

/** Capacity entry as people type it: decimal commas, values kept while another sprint saves, typos refused aloud. */
const SLOW = 90_000;
const sprintRows = z.object({
  data: z.object({ sprints: z.array(z.object({ sprintId: z.number(), name: z.string(), state: z.string(), completedPoints: z.number().nullable() })) }),
});

(chromiumAvailable() ? describe : describe.skip)('Capacity entry in the browser', () => {
  let harness: Harness;
  let project: FixtureProject;
  const visits = new Visits(() => harness);
  const asAdmin = () => admin(harness.fixture).accountId;

  beforeAll(async () => {
    harness = await startHarness();
    const first = harness.fixture.projects[0];
    if (first === undefined) throw new Error('the demo site has no project');
    project = first;
  }, 320_000);

  afterAll(async () => {
    await (harness as Harness | undefined)?.close();
  });

  afterEach(async () => {
    expect(await visits.closeAll()).toEqual([]);
  });

  it(
    'returns an unsaved value untouched when another sprint is saved, accepts 38,5 as 38.5 and refuses 4038.5 in an alert',
    async () => {
      const board = (await productOverview(harness, asAdmin(), project)).product.velocity.boards[0];
      if (board === undefined) throw new Error(`${project.key} has no scrum board`);
      const answer = await invokeAs(harness, asAdmin(), 'capacity/list', projectExtension(project), { boardId: board.id });
      const rows = sprintRows.parse(answer).data.sprints;
      const closed = [...rows].reverse().find((row) => row.state === 'closed' && (row.completedPoints ?? 0) > 0);
      const next = rows.find((row) => row.state === 'future') ?? rows.find((row) => row.state === 'active');
      if (closed === undefined || next === undefined) throw new Error(`${board.name} needs a closed sprint with points and an open sprint`);

      const { page } = await visits.openPage(`/projects/${project.key}/product`, asAdmin());
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
