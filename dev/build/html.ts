import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Metafile } from 'esbuild';
import { entryOutput, staticClosure } from './report';
import { REPO_ROOT, surfaceDir, type Surface } from './surfaces';

/** `./index-ABC.js` from a metafile path (relative to the repository root). */
function fromBuildDir(outDir: string, file: string): string {
  return `./${path.relative(outDir, path.join(REPO_ROOT, file)).split(path.sep).join('/')}`;
}

/**
 * Writes `build/index.html` from the surface's template: its one stylesheet, module preloads for the
 * entry's static imports (so they download in parallel), and the entry script. Paths are relative,
 * because Forge serves each resource under its own path.
 */
export function writeIndexHtml(surface: Surface, outDir: string, metafile: Metafile, stylesheet: string | null): void {
  const [entryFile] = entryOutput(metafile, surface);
  const preloads = staticClosure(metafile, entryFile).filter((file) => file !== entryFile);
  const tags = [
    ...(stylesheet ? [`<link rel="stylesheet" href="${fromBuildDir(outDir, stylesheet)}" />`] : []),
    ...preloads.map((file) => `<link rel="modulepreload" href="${fromBuildDir(outDir, file)}" />`),
    `<script type="module" src="${fromBuildDir(outDir, entryFile)}"></script>`,
  ];
  const template = readFileSync(path.join(surfaceDir(surface), 'index.html'), 'utf8');
  if (!template.includes('</head>')) throw new Error(`static/${surface}/index.html has no </head> to put the scripts before`);
  writeFileSync(path.join(outDir, 'index.html'), template.replace('</head>', `  ${tags.join('\n    ')}\n  </head>`));
}
