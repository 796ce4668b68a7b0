import type { FixtureProject } from '../../dev/site/fixture';
import { admin } from './demoFacts';
import { startHarness, Visits, type Harness } from './harness';

/** A test file's demo site: the harness, its first project, the file's visits and the site admin. */
export interface DemoSuite {
  readonly harness: Harness;
  /** The demo site's first project (Payments), where the records tests work. */
  readonly project: FixtureProject;
  readonly visits: Visits;
  asAdmin(): string;
}

/**
 * Starts one local site for the calling `describe` (before its tests, seeded by `seed`), checks after
 * each test that no visited page logged an error, and closes the site after all of them.
 */
export function useDemoSite(seed?: (suite: DemoSuite) => Promise<void>, startMs = 320_000): DemoSuite {
  let started: Harness | undefined;
  const harness = (): Harness => {
    if (started === undefined) throw new Error('the demo site has not started (beforeAll failed?)');
    return started;
  };
  const suite: DemoSuite = {
    get harness() {
      return harness();
    },
    get project() {
      const first = harness().fixture.projects[0];
      if (first === undefined) throw new Error('the demo site has no project');
      return first;
    },
    visits: new Visits(harness),
    asAdmin: () => admin(harness().fixture).accountId,
  };
  beforeAll(async () => {
    started = await startHarness();
    await seed?.(suite);
  }, startMs);
  afterAll(async () => {
    await started?.close();
  });
  afterEach(async () => {
    expect(await suite.visits.closeAll()).toEqual([]);
  });
  return suite;
}
