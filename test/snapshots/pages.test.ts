import { markRequested } from '../../src/services/snapshots/refresh';
import { storeSnapshot } from '../../src/services/snapshots/storeSnapshot';
import { GLOBAL_PAGE, SAMPLE_V1, projectPage, startHarness, type SnapshotHarness } from './localApp';

const ADMIN = '557058:admin-0001';
const LEAD = '557058:lead-0002';
const NEWCOMER = '557058:none-0004';
let harness: SnapshotHarness;

beforeAll(async () => {
  harness = await startHarness(SAMPLE_V1);
});

afterAll(() => harness.close());

describe('pages before and after the first snapshot', () => {
  it('returns every browsable product as computing before any snapshot, never leaving one out', async () => {
    const result = await harness.call('portfolio/overview', {}, LEAD, GLOBAL_PAGE);
    expect(result).toMatchObject({ ok: true, data: { site: null, months: [] } });
    if (!result.ok) return;
    expect(result.data.products.map((row) => [row.projectKey, row.snapshot.status])).toEqual([
      ['GRT', 'computing'],
      ['PAY', 'computing'],
    ]);
  });

  it('returns computing from figures/get and queues the first snapshot, which is then served', async () => {
    const first = await harness.call('figures/get', {}, ADMIN, projectPage('MOB'));
    expect(first).toMatchObject({ ok: true, data: { asOf: null, snapshot: { status: 'computing', refreshing: true } } });
    await harness.settled();
    const ready = await harness.call('figures/get', {}, ADMIN, projectPage('MOB'));
    expect(ready).toMatchObject({ ok: true, data: { snapshot: { status: 'ready', refreshing: false, lastError: null } } });
  });

  it('returns refreshing from snapshot/refresh until the queued refresh is done', async () => {
    const asked = await harness.call('snapshot/refresh', {}, ADMIN, projectPage('MOB'));
    expect(asked).toMatchObject({ ok: true, data: { status: 'ready', refreshing: true } });
    await harness.settled();
    expect(await harness.call('figures/get', {}, ADMIN, projectPage('MOB'))).toMatchObject({ ok: true, data: { snapshot: { refreshing: false } } });
  });

  it('returns NOT_FOUND from snapshot/refresh to a viewer who may not browse the project, and queues nothing', async () => {
    const delivered = harness.app.queue.stats.delivered;
    expect(await harness.call('snapshot/refresh', {}, NEWCOMER, projectPage('MOB'))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await harness.settled();
    expect(harness.app.queue.stats.delivered).toBe(delivered);
  });

  it('returns how many products portfolio/refresh queued: only those the viewer may browse', async () => {
    expect(await harness.call('portfolio/refresh', {}, LEAD, GLOBAL_PAGE)).toEqual({ ok: true, data: { queued: 2 } });
    expect(await harness.call('portfolio/refresh', {}, NEWCOMER, GLOBAL_PAGE)).toEqual({ ok: true, data: { queued: 0 } });
    expect(await harness.call('portfolio/refresh', { project: 'PAY' }, LEAD, GLOBAL_PAGE)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await harness.settled();
  });
});

describe('a refresh asked for while another runs', () => {
  it('returns the later request still marked once the running refresh stores its snapshot', async () => {
    await harness.settled();
    const atStart = await harness.app.deps.snapshots.head('MOB');
    if (atStart === undefined) throw new Error('no head');
    const facts = await harness.app.deps.snapshots.readFacts(atStart);
    // A person presses Refresh while this refresh runs: the stored head now names a later request.
    const marked = await markRequested(harness.app.deps, { projectKey: 'MOB' }, new Date(Date.now() + 1000));
    const now = new Date().toISOString();
    // The refresh read `atStart`; its write meets the newer head, reads it again and keeps its request.
    const stored = await storeSnapshot(harness.app.deps.snapshots, facts, { ...atStart.refresh, startedAt: now, lastSuccessAt: now }, atStart);
    expect(stored.version).toBe(marked.version + 1);
    expect(stored.refresh.requestedAt).toBe(marked.refresh.requestedAt);
  });
});
