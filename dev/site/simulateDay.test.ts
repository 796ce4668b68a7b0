import { existsSync } from 'node:fs';
import type { ProductEvent } from './events';
import { loadFixture } from './fixture';
import { SiteIndex } from './siteView';
import { simulateDay } from './simulateDay';
import { call, SAMPLE_V2_FIXTURE, useSite } from './testing/client';
import { tinySite } from './testing/tinySite';

/**
 * A day on the tiny site with seed 2. Both active sprints (12 on ALP, 31 on BET) ended in February, so
 * the morning closes them and starts ALP's future sprint 13, into which ALP-3 is carried over; then the
 * ALP team works on sprint 13.
 */
function dayOn(seed: number): { index: SiteIndex; events: ProductEvent[]; summary: ReturnType<typeof simulateDay> } {
  const index = new SiteIndex(tinySite());
  const events: ProductEvent[] = [];
  index.events.on((event) => events.push(event));
  return { index, events, summary: simulateDay({ index }, { seed }) };
}

function issue(index: SiteIndex, key: string) {
  const found = index.issueByKey.get(key);
  if (!found) throw new Error(`no ${key}`);
  return found;
}

describe('simulateDay', () => {
  it("returns the day's changes and the clock one day later when a day is simulated", () => {
    const { summary } = dayOn(2);
    expect(summary).toEqual({
      now: '2026-03-16T12:00:00.000+0000',
      changes: [
        { sprintId: 12, what: 'sprint closed' },
        { issueKey: 'ALP-3', sprintId: 13, what: 'carried over to sprint Alpha 3' },
        { sprintId: 13, what: 'sprint started' },
        { sprintId: 31, what: 'sprint closed' },
        { issueKey: 'ALP-10', what: 'status In Progress → Done' },
        { issueKey: 'ALP-3', what: 'status To Do → In Progress' },
        { issueKey: 'ALP-3', what: 'estimate 5 → 2' },
      ],
    });
  });

  it("sets resolutiondate to the status change's time when an issue is moved to done", () => {
    const { index } = dayOn(2);
    const alp10 = issue(index, 'ALP-10');
    const last = alp10.changelog.at(-1);
    expect(last?.items.map((i) => [i.fieldId, i.to])).toEqual([
      ['status', '5'],
      ['resolution', '10000'],
    ]);
    expect(alp10.fields.resolutiondate).toBe(last?.created);
    expect(alp10.fields.updated).toBe(last?.created);
    expect(last?.created.startsWith('2026-03-15T')).toBe(true);
  });

  it('appends the change items Jira would when an issue is carried over, moved and re-estimated', () => {
    const { index } = dayOn(2);
    const items = issue(index, 'ALP-3')
      .changelog.slice(-3)
      .map((h) => h.items[0]);
    expect(items).toEqual([
      { field: 'Sprint', fieldtype: 'custom', fieldId: 'customfield_10020', from: '12', fromString: 'Alpha 2', to: '12, 13', toString: 'Alpha 2, Alpha 3' },
      { field: 'status', fieldtype: 'jira', fieldId: 'status', from: '1', fromString: 'To Do', to: '3', toString: 'In Progress' },
      { field: 'Story point estimate', fieldtype: 'custom', fieldId: 'customfield_10016', from: null, fromString: '5', to: null, toString: '2' },
    ]);
  });

  it('delivers one update event per change history, and the sprint events, in order when a day is simulated', () => {
    const { events } = dayOn(2);
    expect(events.map((e) => (e.eventType === 'avi:jira:updated:issue' ? `${e.eventType} ${e.issue.key}` : e.eventType))).toEqual([
      'avi:jira:updated:issue ALP-3',
      'avi:jira-software:closed:sprint',
      'avi:jira-software:started:sprint',
      'avi:jira-software:closed:sprint',
      'avi:jira:updated:issue ALP-10',
      'avi:jira:updated:issue ALP-3',
      'avi:jira:updated:issue ALP-3',
    ]);
  });

  it('returns the same day when the seed and site are the same', () => {
    const first = dayOn(5);
    const second = dayOn(5);
    expect(second.summary).toEqual(first.summary);
    expect(second.index.fixture).toEqual(first.index.fixture);
  });
});

describe('POST /__emulator/simulate-day', () => {
  const site = useSite(tinySite);

  it('returns the summary and leaves the site at the new clock when called over HTTP', async () => {
    const { status, body } = await call(site(), '/__emulator/simulate-day', { body: { seed: 2 } });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      now: '2026-03-16T12:00:00.000+0000',
      changes: expect.arrayContaining([{ issueKey: 'ALP-10', what: 'status In Progress → Done' }]) as unknown[],
    });
    expect((await call(site(), '/rest/api/3/serverInfo')).body).toMatchObject({ serverTime: '2026-03-16T12:00:00.000+0000' });
    expect((await call(site(), '/rest/api/3/issue/ALP-10?fields=resolutiondate')).body).toMatchObject({
      fields: { resolutiondate: expect.stringMatching(/^2026-03-15T/) as string },
    });
  });

  it('returns 400 when the body is not {seed?: integer}', async () => {
    expect((await call(site(), '/__emulator/simulate-day', { body: { seed: 'x' } })).status).toBe(400);
  });
});

const describeV2 = existsSync(SAMPLE_V2_FIXTURE) ? describe : describe.skip;

describeV2('two weeks on the contract-v2 sample', () => {
  it('rolls every board to its next sprint and resolves every issue moved to done when two weeks are simulated', () => {
    const index = new SiteIndex(loadFixture(SAMPLE_V2_FIXTURE));
    const types = new Set<string>();
    index.events.on((event) => types.add(event.eventType));
    const changes = Array.from({ length: 14 }, (_, day) => simulateDay({ index }, { seed: day }).changes).flat();
    expect(index.clock.instant()).toBe('2026-11-29T06:00:00.000+0000');
    expect(changes.filter((c) => c.what === 'sprint started').map((c) => c.sprintId)).toEqual([156, 184, 128, 212, 241]);
    const done = changes.filter((c) => c.what.endsWith('→ Done')).map((c) => c.issueKey ?? '');
    expect(done.length).toBeGreaterThan(10);
    expect(done.filter((key) => (index.issueByKey.get(key)?.fields.resolutiondate ?? null) === null)).toEqual([]);
    expect([...types].sort()).toEqual(['avi:jira-software:closed:sprint', 'avi:jira-software:started:sprint', 'avi:jira:updated:issue']);
  });
});
