import { z } from 'zod';
import { productTabFigures } from '../../src/domain/overview';
import { readAllFacts } from '../../src/services/snapshots/readFacts';
import { SNAPSHOT_WINDOW_MONTHS } from '../../src/services/snapshots/storeSnapshot';
import { deleteIssue } from '../../dev/site/writes/deleteIssue';
import { editIssue } from '../../dev/site/writes/edit';
import { closeSprint, moveIssuesToSprint, startSprint } from '../../dev/site/writes/sprints';
import { issueTransitions, transitionIssue } from '../../dev/site/writes/transitions';
import { SAMPLE_V1, projectPage, startHarness, type SnapshotHarness } from './localApp';

const ADMIN = '557058:admin-0001';
let harness: SnapshotHarness;

beforeAll(async () => {
  harness = await startHarness(SAMPLE_V1);
  await harness.app.runDaily();
  await harness.app.queue.idle();
});

afterAll(() => harness.close());

function appView() {
  return harness.site.index.appView();
}

/** An unresolved standard issue of the project, by key. */
function openIssue(projectKey: string, index = 0): string {
  const open = harness.site.fixture.issues.filter(
    (issue) => issue.fields.project.key === projectKey && issue.fields.issuetype.hierarchyLevel === 0 && issue.fields.resolutiondate == null,
  );
  const issue = open[index];
  if (issue === undefined) throw new Error(`no open issue in ${projectKey}`);
  return issue.key;
}

/** An unresolved standard issue of the project in no open sprint (so moving it is a change). */
function backlogIssue(projectKey: string): string {
  const sprintField = harness.site.fixture.fields.find((field) => field.schema?.custom === 'com.pyxis.greenhopper.jira:gh-sprint')?.id ?? '';
  const open = new Set(harness.site.fixture.sprints.filter((sprint) => sprint.state !== 'closed').map((sprint) => sprint.id));
  const issue = harness.site.fixture.issues.find((candidate) => {
    const sprints = z
      .array(z.object({ id: z.number() }))
      .nullable()
      .optional()
      .parse(candidate.fields[sprintField]);
    return (
      candidate.fields.project.key === projectKey &&
      candidate.fields.issuetype.hierarchyLevel === 0 &&
      candidate.fields.resolutiondate == null &&
      !(sprints ?? []).some((sprint) => open.has(sprint.id))
    );
  });
  if (issue === undefined) throw new Error(`no backlog issue in ${projectKey}`);
  return issue.key;
}

/** After the change's events are handled: the stored figures equal a full read's, and it was cheap. */
async function expectSnapshotMatchesJira(projectKey: string): Promise<void> {
  await harness.settled();
  const head = await harness.app.deps.snapshots.head(projectKey);
  if (head === undefined) throw new Error('no head');
  expect(head.refresh).toMatchObject({ kind: 'incremental', lastError: null });
  expect(head.refresh.jiraRequests).toBeLessThanOrEqual(5);
  const stored = await harness.app.deps.snapshots.readFigures(head, 'full');
  const fresh = productTabFigures(await readAllFacts(harness.app.deps.jiraAsApp(), projectKey), SNAPSHOT_WINDOW_MONTHS);
  expect(stored).toEqual(fresh);
}

describe('incremental refresh from Jira events', () => {
  it('patches the facts when an issue is moved to done', async () => {
    const key = openIssue('PAY');
    const done = issueTransitions(appView(), key).find((transition) => transition.to.statusCategory.key === 'done');
    if (done === undefined) throw new Error('no done transition');
    harness.site.advanceClock(60_000);
    transitionIssue(appView(), key, done.id);
    await expectSnapshotMatchesJira('PAY');
  });

  it('patches the facts when an estimate changes', async () => {
    harness.site.advanceClock(60_000);
    editIssue(appView(), openIssue('PAY', 1), { customfield_10016: 13 });
    await expectSnapshotMatchesJira('PAY');
  });

  it('patches the facts when an issue moves into a sprint, and reads the boards when a sprint starts and closes', async () => {
    const future = harness.site.fixture.sprints.find((sprint) => sprint.state === 'future' && sprint.originBoardId === 1);
    const active = harness.site.fixture.sprints.find((sprint) => sprint.state === 'active' && sprint.originBoardId === 1);
    if (future === undefined || active === undefined) throw new Error('no open sprints on board 1');
    harness.site.advanceClock(60_000);
    moveIssuesToSprint(appView(), active.id, [backlogIssue('PAY')]);
    await expectSnapshotMatchesJira('PAY');
    harness.site.advanceClock(60_000);
    closeSprint(appView(), active.id);
    startSprint(appView(), future.id);
    await expectSnapshotMatchesJira('PAY');
  });

  it('patches the facts when an epic is tagged through the work type property', async () => {
    const epic = harness.site.fixture.issues.find(
      (issue) => issue.fields.project.key === 'PAY' && issue.fields.issuetype.hierarchyLevel === 1 && issue.properties['product-work-type'] === undefined,
    );
    if (epic === undefined) throw new Error('no untagged epic');
    const result = await harness.call('epic/tag', { workType: 'debt' }, ADMIN, { type: 'jira:issuePanel', project: { key: 'PAY' }, issue: { key: epic.key } });
    expect(result.ok).toBe(true);
    await expectSnapshotMatchesJira('PAY');
  });

  it('drops a deleted issue from the facts', async () => {
    const key = openIssue('PAY', 3);
    harness.site.advanceClock(60_000);
    deleteIssue(appView(), key, { deleteSubtasks: true });
    await expectSnapshotMatchesJira('PAY');
    const head = await harness.app.deps.snapshots.head('PAY');
    const facts = head === undefined ? undefined : await harness.app.deps.snapshots.readFacts(head);
    expect(facts?.issues.some((entry) => entry.issue.key === key)).toBe(false);
  });

  it('serves the Product tab the refreshed figures with when they were taken', async () => {
    const result = await harness.call('figures/get', {}, ADMIN, projectPage('PAY'));
    expect(result).toMatchObject({ ok: true, data: { asOf: harness.site.now(), snapshot: { status: 'ready', refreshing: false } } });
  });
});
