import { bundleSurface } from './bundle';
import { writeIndexHtml } from './html';
import { entryOutput, measureSurface, type SurfaceSizes } from './report';
import { mergeStylesheets } from './stylesheet';
import { SURFACES } from './surfaces';

/** Builds every surface (one after another: esbuild already uses every core) and measures each. */
export async function buildAllSurfaces(): Promise<SurfaceSizes[]> {
  const sizes: SurfaceSizes[] = [];
  for (const surface of SURFACES) {
    const bundle = await bundleSurface(surface);
    const stylesheet = mergeStylesheets(bundle.metafile, entryOutput(bundle.metafile, surface)[1].cssBundle, bundle.outDir);
    writeIndexHtml(surface, bundle.outDir, bundle.metafile, stylesheet);
    sizes.push(measureSurface(surface, bundle.metafile, stylesheet));
  }
  return sizes;
}
