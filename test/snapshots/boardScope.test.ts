import { productTabFigures } from '../../src/domain/overview';
import { readAllFacts } from '../../src/services/snapshots/readFacts';
import { SNAPSHOT_WINDOW_MONTHS } from '../../src/services/snapshots/storeSnapshot';
import { issueTransitions, transitionIssue } from '../../dev/site/writes/transitions';
import { SAMPLE_V2, startHarness, type SnapshotHarness } from './localApp';

/** PAY's board 1 holds `project in (PAY, GRT)`: GRT's issues count in PAY's velocity. */
let harness: SnapshotHarness;

beforeAll(async () => {
  harness = await startHarness(SAMPLE_V2);
  await harness.app.runDaily();
  await harness.app.queue.idle();
});

afterAll(() => harness.close());

function openIssue(projectKey: string): string {
  const issue = harness.site.fixture.issues.find(
    (candidate) => candidate.fields.project.key === projectKey && candidate.fields.issuetype.hierarchyLevel === 0 && candidate.fields.resolutiondate == null,
  );
  if (issue === undefined) throw new Error(`no open issue in ${projectKey}`);
  return issue.key;
}

function finish(key: string): void {
  const view = harness.site.index.appView();
  const done = issueTransitions(view, key).find((transition) => transition.to.statusCategory.key === 'done');
  if (done === undefined) throw new Error(`no done transition for ${key}`);
  harness.site.advanceClock(60_000);
  transitionIssue(view, key, done.id);
}

describe("a board whose filter holds another project's issues", () => {
  it("returns the stored facts of the other project's issues as a full read of the product has them", async () => {
    const head = await harness.app.deps.snapshots.head('PAY');
    if (head === undefined) throw new Error('no head');
    const facts = await harness.app.deps.snapshots.readFacts(head);
    expect(facts.issues.some((entry) => entry.projectKey === 'GRT' && entry.issue.key === 'GRT-9014')).toBe(true);
    expect(head.content?.foreignProjects).toContain('GRT');
  });

  it("returns the other project's changed issue and figures as a full read has them after the product's next incremental refresh", async () => {
    const grtKey = openIssue('GRT');
    finish(grtKey);
    finish(openIssue('PAY'));
    await harness.settled();
    const head = await harness.app.deps.snapshots.head('PAY');
    if (head === undefined) throw new Error('no head');
    expect(head.refresh).toMatchObject({ kind: 'incremental', lastError: null });
    const full = await readAllFacts(harness.app.deps.jiraAsApp(), 'PAY');
    const storedIssue = (await harness.app.deps.snapshots.readFacts(head)).issues.find((entry) => entry.issue.key === grtKey);
    expect(storedIssue?.issue.statusCategory).toBe('done');
    expect(storedIssue).toEqual(full.issues.find((entry) => entry.issue.key === grtKey));
    expect(await harness.app.deps.snapshots.readFigures(head, 'full')).toEqual(productTabFigures(full, SNAPSHOT_WINDOW_MONTHS));
  });
});
