import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_APP_TOKEN } from '../../dev/local/dependencies';
import { generateSite } from '../../dev/demo/generate-site';
import { parseFixture } from '../../dev/site/fixture';
import { startJiraSite, type JiraSite } from '../../dev/site/server';
import { JiraClient } from '../../src/jira/client';
import { httpSender } from '../../src/jira/httpTransport';
import { refreshRequestFor, JiraEventError } from '../../src/services/snapshots/jiraEvents';
import type { RefreshQueue, RefreshRequest } from '../../src/services/snapshots/requests';
import { fanOutRefreshes, retryDelaySeconds } from '../../src/services/snapshots/schedule';
import { JiraRateLimitedError } from '../../src/jira/errors';
import { localSnapshotStore } from '../../src/storage/localStores';

let site: JiraSite;
let jira: JiraClient;

beforeAll(async () => {
  const { fixture } = generateSite({ seed: 3, now: '2026-11-15T06:00:00Z', timeZone: 'UTC', projects: 60, issuesPerProject: 20, months: 2 });
  site = await startJiraSite({ fixture: parseFixture(fixture, 'sixty projects'), port: 0 });
  jira = new JiraClient(httpSender(site.url, { bearer: LOCAL_APP_TOKEN }));
});

afterAll(() => site.close());

/** A queue that only records what was pushed. */
function recordingQueue(): RefreshQueue & { pushes: { request: RefreshRequest; delaySeconds?: number }[][] } {
  const pushes: { request: RefreshRequest; delaySeconds?: number }[][] = [];
  return { pushes, push: (events) => Promise.resolve(void pushes.push([...events])) };
}

describe('fanOutRefreshes', () => {
  it('returns one full refresh per project, pushed at most 50 at a time and spread over 900 s', async () => {
    const queue = recordingQueue();
    const snapshots = localSnapshotStore(mkdtempSync(join(tmpdir(), 'fan-out-')));
    const queued = await fanOutRefreshes({ jira, snapshots, queue, now: () => new Date('2026-11-15T06:00:00Z') });
    expect(queued).toBe(60);
    expect(queue.pushes.map((push) => push.length)).toEqual([50, 10]);
    const events = queue.pushes.flat();
    expect(new Set(events.map((event) => event.request.projectKey)).size).toBe(60);
    expect(events.every((event) => event.request.kind === 'full' && event.request.projectName !== undefined)).toBe(true);
    const delays = events.map((event) => event.delaySeconds ?? 0);
    expect(Math.min(...delays)).toBe(0);
    expect(Math.max(...delays)).toBeLessThan(900);
    expect(new Set(delays).size).toBe(60);
  });

  it('returns heads saying computing for projects never built, so pages list them meanwhile', async () => {
    const snapshots = localSnapshotStore(mkdtempSync(join(tmpdir(), 'fan-out-')));
    await fanOutRefreshes({ jira, snapshots, queue: recordingQueue(), now: () => new Date() });
    const [first] = site.fixture.projects;
    const head = first === undefined ? undefined : await snapshots.head(first.key);
    expect(head).toMatchObject({ content: null, projectName: first?.name, refresh: { requestedAt: expect.any(String) as string } });
  });
});

describe('refreshRequestFor', () => {
  const at = new Date('2026-11-15T06:00:00Z');

  it('returns an incremental refresh of the issue event project, naming a deleted issue', async () => {
    const payload = { eventType: 'avi:jira:deleted:issue', issue: { id: '10001', key: 'PAY-1', fields: { project: { key: 'PAY' } } } };
    expect(await refreshRequestFor(jira, payload, at)).toMatchObject({ projectKey: 'PAY', kind: 'incremental', removedIssueIds: ['10001'] });
  });

  it('returns null for another app property, and an error naming an event it cannot read', async () => {
    expect(await refreshRequestFor(jira, { eventType: 'avi:jira:set:issue-property', entityId: '10001', propertyKey: 'other-app' }, at)).toBeNull();
    await expect(refreshRequestFor(jira, { eventType: 'avi:jira:viewed:issue', issue: {} }, at)).rejects.toThrow(JiraEventError);
    await expect(refreshRequestFor(jira, { issue: { id: 1 } }, at)).rejects.toThrow('Product Lens cannot read this event without an eventType');
  });

  it('returns a refresh of the board project that only reads that board sprints for a sprint event', async () => {
    const board = site.fixture.boards[0];
    if (board === undefined) throw new Error('no board');
    const request = await refreshRequestFor(jira, { eventType: 'avi:jira-software:closed:sprint', sprint: { id: 1, originBoardId: board.id } }, at);
    expect(request).toMatchObject({ projectKey: board.location.projectKey, sprintBoardIds: [board.id], boardsChanged: false });
  });
});

describe('retryDelaySeconds', () => {
  it('returns exponential backoff from 30 s, Jira own Retry-After when rate limited, and null once retries are spent', () => {
    expect([0, 1, 2, 3].map((count) => retryDelaySeconds(new Error('boom'), count))).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(new JiraRateLimitedError('slow down', 'GET', '/rest/api/3/field', 42_000), 0)).toBe(42);
    expect(retryDelaySeconds(new Error('boom'), 4)).toBeNull();
  });
});
