import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { INITIAL_JS_BUDGET_BYTES, REPO_ROOT, type Surface } from './surfaces';

type Output = Metafile['outputs'][string];

/** A surface's entry module, as the metafile names it (relative to the repository root). */
export function entryPointOf(surface: Surface): string {
  return `static/${surface}/src/index.tsx`;
}

/**
 * The surface's own entry output. Dynamic imports are entry points to esbuild too, so the output is
 * found by its source, not by having an `entryPoint`.
 */
export function entryOutput(metafile: Metafile, surface: Surface): [string, Output] {
  const entry = Object.entries(metafile.outputs).find(([file, output]) => output.entryPoint === entryPointOf(surface) && file.endsWith('.js'));
  if (entry === undefined) throw new Error(`esbuild produced no JavaScript output for ${entryPointOf(surface)}`);
  return entry;
}

/** The entry and every chunk it imports statically, transitively: what loads before first render. */
export function staticClosure(metafile: Metafile, entryFile: string): string[] {
  const seen = new Set<string>([entryFile]);
  const queue = [entryFile];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const imported of metafile.outputs[file]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || imported.external || seen.has(imported.path)) continue;
      seen.add(imported.path);
      queue.push(imported.path);
    }
  }
  return [...seen];
}

function gzippedSize(file: string): number {
  return gzipSync(readFileSync(path.join(REPO_ROOT, file)), { level: 9 }).length;
}

export interface SurfaceSizes {
  surface: Surface;
  /** Entry chunk + its static imports, gzipped. */
  initialJs: number;
  initialFiles: number;
  css: number;
  lazy: { file: string; gzipped: number }[];
}

export function measureSurface(surface: Surface, metafile: Metafile, stylesheet: string | null): SurfaceSizes {
  const [entryFile] = entryOutput(metafile, surface);
  const initial = staticClosure(metafile, entryFile);
  const lazy = Object.keys(metafile.outputs)
    .filter((file) => file.endsWith('.js') && !initial.includes(file))
    .map((file) => ({ file: path.basename(file), gzipped: gzippedSize(file) }))
    .sort((a, b) => b.gzipped - a.gzipped);
  return {
    surface,
    initialJs: initial.reduce((sum, file) => sum + gzippedSize(file), 0),
    initialFiles: initial.length,
    css: stylesheet === null ? 0 : gzippedSize(stylesheet),
    lazy,
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** One block per surface: initial JS against the budget, CSS, and the lazy chunks beside it. */
export function formatSizes(sizes: SurfaceSizes): string {
  const verdict = sizes.initialJs <= INITIAL_JS_BUDGET_BYTES ? 'ok' : 'OVER BUDGET';
  const lazyTotal = sizes.lazy.reduce((sum, chunk) => sum + chunk.gzipped, 0);
  const biggest = sizes.lazy
    .slice(0, 5)
    .map((chunk) => `${chunk.file} ${kb(chunk.gzipped)}`)
    .join(', ');
  return [
    `${sizes.surface}: before first render ${kb(sizes.initialJs)} gzipped JS in ${sizes.initialFiles} files (budget ${kb(INITIAL_JS_BUDGET_BYTES)}: ${verdict}); CSS ${kb(sizes.css)} gzipped`,
    `  lazy: ${sizes.lazy.length} chunks, ${kb(lazyTotal)} gzipped${biggest ? ` (largest: ${biggest})` : ''}`,
  ].join('\n');
}
