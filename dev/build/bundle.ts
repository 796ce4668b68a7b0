import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { buildDir, REPO_ROOT, surfaceDir, type Surface } from './surfaces';

export interface SurfaceBundle {
  surface: Surface;
  outDir: string;
  metafile: Metafile;
}

/**
 * Bundles one surface for production: ES modules with code splitting (lazy sections become their own
 * chunks), minified, hashed names, React's production build. Atlaskit's compiled CSS files are
 * gathered into one stylesheet per entry; its runtime styles (emotion, @compiled/react) need no plugin.
 */
export async function bundleSurface(surface: Surface): Promise<SurfaceBundle> {
  const outDir = buildDir(surface);
  rmSync(outDir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: { index: path.join(surfaceDir(surface), 'src', 'index.tsx') },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16', 'edge110'],
    minify: true,
    jsx: 'automatic',
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.png': 'file', '.svg': 'file', '.woff': 'file', '.woff2': 'file' },
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
    tsconfig: path.join(surfaceDir(surface), '..', 'tsconfig.json'),
  });
  copyPublicFiles(surface, outDir);
  return { surface, outDir, metafile: result.metafile };
}

/** `static/<surface>/public/*` goes into the build as is: files the manifest names, such as icons. */
function copyPublicFiles(surface: Surface, outDir: string): void {
  const publicDir = path.join(surfaceDir(surface), 'public');
  if (existsSync(publicDir)) cpSync(publicDir, outDir, { recursive: true });
}
