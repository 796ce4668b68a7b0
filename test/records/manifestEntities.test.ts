import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManifestParserBuilder } from '@forge/manifest';
import { z } from 'zod';
import { ENTITIES, manifestEntities } from '../../src/storage/entities';

/**
 * manifest.yml must declare exactly the custom entities the storage code uses (src/storage/entities.ts):
 * Forge refuses to store an entity, attribute or index the manifest does not declare.
 */
const MANIFEST = join(__dirname, '../../manifest.yml');

const manifestSchema = z.object({
  app: z.object({ storage: z.object({ entities: z.array(z.unknown()).optional() }).optional() }),
  permissions: z.object({ scopes: z.array(z.unknown()) }).optional(),
});

function manifest(): z.infer<typeof manifestSchema> {
  if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} does not exist yet; add app.storage.entities from src/storage/entities.ts (manifestEntities())`);
  const parsed = new ManifestParserBuilder().build().parseManifest({ content: readFileSync(MANIFEST, 'utf8'), filePath: MANIFEST });
  const checked = manifestSchema.safeParse(parsed);
  if (!checked.success)
    throw new Error(`manifest.yml is not in the expected shape: ${checked.error.issues[0]?.path.join('.') ?? ''}: ${checked.error.issues[0]?.message ?? ''}`);
  return checked.data;
}

describe('manifest.yml app.storage.entities', () => {
  it.each(ENTITIES.map((entity, index) => [entity.name, index] as const))(
    'declares the %s entity with the attributes and indexes the storage code uses',
    (name, index) => {
      const declared = (manifest().app.storage?.entities ?? []).find((entity) => z.object({ name: z.literal(name) }).safeParse(entity).success);
      expect(declared).toEqual(manifestEntities()[index]);
    },
  );

  it('asks for the storage:app scope the custom entity store needs', () => {
    expect(manifest().permissions?.scopes).toContain('storage:app');
  });
});
