import { SUBSCRIBED_EVENTS } from '../../src/services/snapshots/jiraEvents';
import { REFRESH_QUEUE_KEY } from '../../src/services/snapshots/requests';
import { ensureFreshBuild } from '../../dev/build/freshness';
import { validateManifest } from './forgeManifest';

describe('manifest.yml', () => {
  // Full validation checks that each resource folder holds an index.html, so the UI must be built.
  beforeAll(ensureFreshBuild, 120_000);

  it('passes @forge/manifest full validation when read offline', async () => {
    const result = await validateManifest();
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('declares the three surfaces, the resolver function and the work category index (JQL workCategory, and workType as before)', async () => {
    const result = await validateManifest();
    const modules = result.manifestObject?.typedContent?.modules;
    expect(modules?.['jira:projectPage']?.map((module) => module.key)).toEqual(['product-page']);
    expect(modules?.['jira:issuePanel']?.map((module) => module.key)).toEqual(['epic-panel']);
    expect(modules?.['jira:globalPage']?.map((module) => module.key)).toEqual(['portfolio-review']);
    expect(modules?.function?.[0]).toMatchObject({ key: 'resolver', handler: 'index.handler' });
    expect(modules?.['jira:entityProperty']?.[0]?.values).toEqual([
      { path: 'workType', type: 'string', searchAlias: 'workType' },
      { path: 'workType', type: 'string', searchAlias: 'workCategory' },
    ]);
  });

  it('declares the refresh queue consumer, the daily fan-out and the Jira event trigger, each on an exported handler', async () => {
    const modules = (await validateManifest()).manifestObject?.typedContent?.modules;
    const functions = new Map((modules?.function ?? []).map((fn) => [fn.key, fn]));
    const consumer = modules?.consumer?.[0];
    expect(consumer).toMatchObject({ queue: REFRESH_QUEUE_KEY });
    const worker = functions.get(consumer !== undefined && 'function' in consumer ? consumer.function : '');
    expect(worker?.timeoutSeconds).toBeGreaterThanOrEqual(300);
    expect(modules?.scheduledTrigger?.[0]).toMatchObject({ interval: 'day' });
    expect(modules?.trigger?.[0]?.events).toEqual(SUBSCRIBED_EVENTS);
    const exported = Object.keys(await import('../../src/index'));
    for (const fn of functions.values()) expect(exported).toContain(fn.handler.replace(/^index\./, ''));
  });
});
