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

  it('declares the three surfaces, the resolver function and the work type index', async () => {
    const result = await validateManifest();
    const modules = result.manifestObject?.typedContent?.modules;
    expect(modules?.['jira:projectPage']?.map((module) => module.key)).toEqual(['product-page']);
    expect(modules?.['jira:issuePanel']?.map((module) => module.key)).toEqual(['epic-panel']);
    expect(modules?.['jira:globalPage']?.map((module) => module.key)).toEqual(['portfolio-review']);
    expect(modules?.function?.map((fn) => [fn.key, fn.handler])).toEqual([['resolver', 'index.handler']]);
    expect(modules?.['jira:entityProperty']?.[0]?.values).toEqual([{ path: 'workType', type: 'string', searchAlias: 'workType' }]);
  });
});
