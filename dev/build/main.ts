/**
 * `npm run build`: bundles each Custom UI surface to `static/<surface>/build` and prints what each
 * loads before first render against the budget. Exits non-zero when a build fails or a surface is
 * over budget, so CI and `npm start` stop there.
 */
import { buildAllSurfaces } from './buildAll';
import { formatSizes } from './report';
import { INITIAL_JS_BUDGET_BYTES } from './surfaces';

async function main(): Promise<number> {
  const started = Date.now();
  const sizes = await buildAllSurfaces();
  for (const surface of sizes) console.log(formatSizes(surface));
  const over = sizes.filter((surface) => surface.initialJs > INITIAL_JS_BUDGET_BYTES);
  if (over.length > 0) {
    console.error(`build: over the ${INITIAL_JS_BUDGET_BYTES / 1024} KB budget: ${over.map((s) => s.surface).join(', ')}; make more of it lazy`);
    return 1;
  }
  console.log(`build: ${sizes.length} surfaces in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
