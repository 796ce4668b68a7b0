import path from 'node:path';
import { z } from 'zod';

/**
 * Atlassian's token themes, as the host puts them into a frame when the app calls
 * `view.theme.enable()`: colour (light and dark), spacing, typography, shape and motion.
 */
const THEMES = ['atlassian-light', 'atlassian-dark', 'atlassian-spacing', 'atlassian-typography', 'atlassian-shape', 'atlassian-motion'];

/** The `data-theme` attribute Atlassian hosts set on `<html>`; `data-color-mode` picks light or dark. */
export const THEME_ATTRIBUTE = 'dark:dark light:light motion:motion shape:shape spacing:spacing typography:typography';

export type ColorMode = 'light' | 'dark';

const themeModule = z.object({ default: z.string().min(1) });

let cached: string | undefined;

/** The stylesheet of every theme; each is scoped by `html[data-theme~=…][data-color-mode=…]`. */
export function themeStylesheet(): string {
  if (cached !== undefined) return cached;
  const dir = path.join(path.dirname(require.resolve('@atlaskit/tokens/package.json')), 'dist', 'cjs', 'artifacts', 'themes');
  cached = THEMES.map((theme) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a theme file of @atlaskit/tokens found at run time; import() would make this async
    const parsed = themeModule.safeParse(require(path.join(dir, `${theme}.js`)));
    if (!parsed.success) throw new Error(`@atlaskit/tokens: ${theme}.js does not export its CSS as a string`);
    return parsed.data.default;
  }).join('\n');
  return cached;
}
