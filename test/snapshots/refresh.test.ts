import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_APP_TOKEN } from '../../dev/local/dependencies';
import { LocalRefreshQueue } from '../../dev/local/localQueue';
import { refreshConsumer } from '../../src/consumers/background';
import { JiraClient } from '../../src/jira/client';
import { httpSender } from '../../src/jira/httpTransport';
import type { SendRequest } from '../../src/jira/request';
import { refreshProject } from '../../src/services/snapshots/refresh';
import { fullRefresh } from '../../src/services/snapshots/schedule';
import { localRecordStores, localSnapshotStore } from '../../src/storage/localStores';
import { SAMPLE_V1, startHarness, type SnapshotHarness } from './localApp';

let harness: SnapshotHarness;

beforeAll(async () => {
  harness = await startHarness(SAMPLE_V1);
});

afterAll(() => harness.close());

/** A sender to the local site as the app that answers 500 for everything about `failing`. */
function failingFor(failing: string): SendRequest {
  const send = httpSender(harness.site.url, { bearer: LOCAL_APP_TOKEN });
  return async (request) => {
    const about = JSON.stringify(request).includes(`"${failing}"`) || request.path.includes(`/${failing}`);
    if (!about) return send(request);
    return { status: 500, header: () => null, text: JSON.stringify({ errorMessages: ['Jira had an internal error'] }) };
  };
}

describe('refreshProject', () => {
  it('stores the same snapshot again when the same request is delivered twice', async () => {
    const deps = { ...harness.app.deps, now: () => new Date('2026-11-15T06:00:00Z') };
    const first = await refreshProject(deps, fullRefresh('GRT', new Date('2026-11-15T06:00:00Z'), 'test'));
    const second = await refreshProject(deps, fullRefresh('GRT', new Date('2026-11-15T06:00:00Z'), 'test'));
    expect(second.head?.content?.pieces).toEqual(first.head?.content?.pieces);
    expect(second.head?.version).toBe((first.head?.version ?? 0) + 1);
    const pieces = second.head?.content?.pieces;
    const named = new Set(
      pieces === undefined ? [] : [...pieces.facts.flat(), ...pieces.full, ...pieces.public, ...pieces.fullReports, ...pieces.publicReports, ...pieces.secured],
    );
    expect(new Set(await harness.app.deps.snapshots.pieceKeys('GRT'))).toEqual(named);
  });

  it("returns each board's last 7 sprint reports from the figures' own pieces, the older reports unread, when the Product tab's figures are read", async () => {
    const { head } = await refreshProject(harness.app.deps, fullRefresh('PAY', new Date('2026-11-15T06:00:00Z'), 'test'));
    if (head === undefined) throw new Error('no snapshot of PAY');
    const store = harness.app.deps.snapshots;
    const readsBefore = store.counts.reads;
    const recent = await store.readRecentFigures(head, 'full');
    expect(store.counts.reads - readsBefore).toBe(head.content?.pieces.full.length);
    const [board] = recent.product.velocity.boards;
    expect(board?.sprints.length).toBeGreaterThan(7);
    expect(board?.sprints.slice(-7).every((sprint) => sprint.issuesOmitted === undefined && sprint.issues.length > 0)).toBe(true);
    expect(board?.sprints.slice(0, -7).every((sprint) => sprint.issuesOmitted === true && sprint.issues.length === 0)).toBe(true);
    const all = await store.readFigures(head, 'full');
    expect(all.product.velocity.boards[0]?.sprints.every((sprint) => sprint.issuesOmitted === undefined)).toBe(true);
  });

  it('records the time taken, the Jira requests spent and the kind of each refresh', async () => {
    const outcome = await refreshProject(harness.app.deps, fullRefresh('PAY', new Date(), 'test'));
    expect(outcome.kind).toBe('full');
    expect(outcome.head?.refresh).toMatchObject({ kind: 'full', lastError: null, failures: 0, jiraRequests: outcome.jiraRequests });
    expect(outcome.jiraRequests).toBeGreaterThan(3);
    expect(outcome.head?.refresh.cursor).toBe(harness.site.now());
  });

  it('keeps the month closing figures of each month it ran in, and never rewrites a past month', async () => {
    await refreshProject(harness.app.deps, fullRefresh('PAY', new Date(), 'test'));
    const [november] = await harness.app.deps.snapshots.monthEnds('PAY', '2026-01', '2026-12');
    expect(november).toMatchObject({ month: '2026-11', takenAt: harness.site.now() });
    harness.site.advanceClock(20 * 24 * 60 * 60 * 1000);
    await refreshProject(harness.app.deps, fullRefresh('PAY', new Date(), 'test'));
    const months = await harness.app.deps.snapshots.monthEnds('PAY', '2026-01', '2026-12');
    expect(months.map((monthEnd) => monthEnd.month)).toEqual(['2026-11', '2026-12']);
    expect(months[0]).toEqual(november);
  });
});

describe('the refresh consumer behind a queue', () => {
  it('retries a failing project with backoff, records its error, and refreshes the others meanwhile', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'failing-'));
    const queue = new LocalRefreshQueue({ concurrency: 1, msPerSecond: 0.05 });
    const deps = {
      jiraFor: () => {
        throw new Error('no user calls here');
      },
      jiraAsApp: () => new JiraClient(failingFor('PAY')),
      stores: localRecordStores(stateDir),
      snapshots: localSnapshotStore(stateDir),
      refreshQueue: queue,
      now: () => new Date(),
    };
    queue.setConsumer(refreshConsumer(deps));
    await queue.push(['PAY', 'GRT'].map((key) => ({ request: fullRefresh(key, new Date(), 'test') })));
    await queue.idle();
    expect(queue.stats.retried).toBe(4);
    expect(queue.stats.dropped).toEqual(['refresh of PAY failed after its retries']);
    const [pay, grt] = [await deps.snapshots.head('PAY'), await deps.snapshots.head('GRT')];
    expect(pay).toMatchObject({ content: null, refresh: { failures: 5, lastError: expect.stringContaining('internal error') as string } });
    expect(grt?.content).not.toBeNull();
    expect(grt?.refresh).toMatchObject({ lastError: null, failures: 0 });
  });

  it('drops an event whose body is not a refresh request, naming the field', async () => {
    const verdict = await refreshConsumer(harness.app.deps)({ body: { projectKey: 'pay', kind: 'full' } });
    expect(verdict).toEqual({ dropped: "A refresh request is invalid at 'projectKey': must be a Jira project key" });
  });
});
