import { ENTITIES, projectOfKey, recordKey, historyKey } from './entities';

/** Forge's rules for declared entities (@forge/manifest's schema and storage validator). */
describe('the custom entity definitions', () => {
  it.each(ENTITIES.map((entity) => [entity.name, entity] as const))("%s follows Forge's naming and size rules", (_, entity) => {
    expect(entity.name).toMatch(/^(?![_.-])(?!.*\.{2})[a-z0-9:\-_.]{3,60}(?<![.])$/);
    expect(Object.keys(entity.attributes).length).toBeLessThanOrEqual(50);
    for (const attribute of Object.keys(entity.attributes)) expect(attribute).toMatch(/^[a-zA-Z][a-zA-Z0-9_]{0,29}$/);
    expect(entity.indexes.length).toBeLessThanOrEqual(7);
  });

  it.each(ENTITIES.flatMap((entity) => entity.indexes.map((index) => [entity.name, index.name, entity, index] as const)))(
    '%s index %s uses declared attributes and starts its partition with the project',
    (_, __, entity, index) => {
      expect(index.name).not.toBe('by-key');
      expect(index.partition[0]).toBe('projectKey');
      for (const attribute of [...index.partition, ...index.range]) expect(Object.keys(entity.attributes)).toContain(attribute);
      expect(index.range).toHaveLength(1);
    },
  );

  it("builds keys that start with the project and stay within Forge's key pattern", () => {
    const key = historyKey('PAY', '0b7c4a8e-1111-4d7a-9c4e-123456789abc', 12);
    expect(key).toBe('PAY:0b7c4a8e-1111-4d7a-9c4e-123456789abc:000012');
    expect(key).toMatch(/^[a-zA-Z0-9:._-]{1,499}$/);
    expect(projectOfKey(key)).toBe('PAY');
    expect(recordKey('PAY', 1, 101)).toBe('PAY:1:101');
    expect(() => recordKey('pay', 'x')).toThrow("'pay' is not a Jira project key");
  });
});
