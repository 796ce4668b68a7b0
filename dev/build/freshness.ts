import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildAllSurfaces } from './buildAll';
import { buildDir, REPO_ROOT, SURFACES, surfaceDir, type Surface } from './surfaces';

/** Newest modification time under `target` (a file or a folder), skipping build output. */
function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(target)
    .filter((name) => name !== 'build' && name !== 'node_modules')
    .reduce((newest, name) => Math.max(newest, newestChange(path.join(target, name))), stats.mtimeMs);
}

/** What a surface's build is made from: its own folder, the shared UI code, the shared types, the build script. */
function sourcesOf(surface: Surface): string[] {
  return [surfaceDir(surface), path.join(REPO_ROOT, 'static', 'common'), path.join(REPO_ROOT, 'src', 'shared'), path.join(REPO_ROOT, 'dev', 'build')];
}

/** Whether a surface has no build, or a source changed after it was built. */
export function isBuildStale(surface: Surface): boolean {
  const builtIndex = path.join(buildDir(surface), 'index.html');
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return sourcesOf(surface).some((source) => newestChange(source) > builtAt);
}

/** Builds every surface when any is missing or stale (tests call this; `npm start` always builds). */
export async function ensureFreshBuild(): Promise<boolean> {
  if (!SURFACES.some(isBuildStale)) return false;
  await buildAllSurfaces();
  return true;
}
