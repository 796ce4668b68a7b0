import path from 'node:path';

/** The Custom UI surfaces, each a manifest resource built to `static/<name>/build`. */
export const SURFACES = ['product-page', 'epic-panel', 'portfolio-page'] as const;
export type Surface = (typeof SURFACES)[number];

/** JavaScript a surface may load before its first render, gzipped (issue 3's budget). */
export const INITIAL_JS_BUDGET_BYTES = 350 * 1024;

export const REPO_ROOT = path.resolve(__dirname, '../..');

export function surfaceDir(surface: Surface, root: string = REPO_ROOT): string {
  return path.join(root, 'static', surface);
}

export function buildDir(surface: Surface, root: string = REPO_ROOT): string {
  return path.join(surfaceDir(surface, root), 'build');
}
