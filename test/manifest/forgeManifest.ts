import path from 'node:path';
import { FullValidationProcessor, type ManifestSchema, type ManifestValidationResult } from '@forge/manifest';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const MANIFEST_PATH = path.join(REPO_ROOT, 'manifest.yml');

/** `forge deploy`'s full validation of manifest.yml, offline: schema, modules, resources, scopes. */
export function validateManifest(): Promise<ManifestValidationResult<ManifestSchema>> {
  return new FullValidationProcessor({ deprecatedRuntimes: [] }).process(MANIFEST_PATH);
}

/** The validated manifest, for the linters; throws with the validator's first message when invalid. */
export async function loadManifest(): Promise<ManifestSchema> {
  const result = await validateManifest();
  const manifest = result.manifestObject?.typedContent;
  if (!result.success || manifest === undefined) {
    throw new Error(`manifest.yml is invalid: ${result.errors?.[0]?.message ?? 'no manifest content'}`);
  }
  return manifest;
}
