import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromiumAvailable } from './chromium';
import { invokeAs, projectExtension } from './demoFacts';
import { useDemoSite } from './demoSuite';
import { appFrame, screenshot } from './harness';

/**
 * A product whose local record file cannot be read keeps its row on the Portfolio review: its Jira
 * figures show, its record columns say "Not readable" instead of zeros, and a warning says which file
 * and why; the other products' review notes stay usable (issue 9: "keep other projects and the portfolio working").
 */
const SLOW = 90_000;
const RISK = { statement: 'Given a, there is a risk that b, which will lead to c.', likelihood: 5, impact: 4, strategy: 'avoid', status: 'open' };

(chromiumAvailable() ? describe : describe.skip)('The Portfolio review with an unreadable record file', () => {
  const site = useDemoSite(async () => {
    const saved = await invokeAs(site.harness, site.asAdmin(), 'risks/save', projectExtension(site.project), { risk: RISK });
    expect(saved).toMatchObject({ ok: true });
  });
  const { visits } = site;
  // The local site runs in this process and logs what it leaves out; the test reads the log instead of printing it.
  let logged: jest.SpyInstance;
  beforeAll(() => {
    logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(() => logged.mockRestore());

  it(
    "returns every product's row, the other products' notes and a warning naming the file when one product's record file is not JSON",
    async () => {
      const file = path.join(site.harness.stateDir, 'records', `${site.project.key}.json`);
      writeFileSync(file, 'not json');
      const { page } = await visits.openPage('/portfolio', site.asAdmin());
      const frame = appFrame(page);
      const warning = frame.getByTestId('unreadable-records');
      await warning.waitFor({ timeout: 60_000 });
      expect(await warning.innerText()).toContain(`(${site.project.key}): ${file} is not a Product Lens record file`);
      await frame.getByRole('button', { name: 'Risks and roadmap' }).click();
      const row = frame.getByRole('row').filter({ has: frame.getByTestId(`open-${site.project.key}`) });
      expect(await row.getByText('Not readable').count()).toBe(4);
      const others = site.harness.fixture.projects.filter((project) => project.key !== site.project.key);
      for (const other of others) await frame.getByTestId(`open-${other.key}`).waitFor();
      await frame.getByText(`${site.project.name}: the review notes could not be read`).waitFor();
      for (const other of others) await frame.getByTestId(`notes-${other.key}`).waitFor();
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`^Portfolio review: the records of ${site.project.key} are left out; `)));
      await screenshot(page, 'portfolio-review-unreadable-records');
    },
    SLOW,
  );
});
