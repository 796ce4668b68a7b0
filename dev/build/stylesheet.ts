import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Metafile } from 'esbuild';
import { REPO_ROOT } from './surfaces';

/**
 * Splits a stylesheet into its top-level rules (at-rules keep their blocks). Quoted strings are
 * skipped so a brace inside `content: "{"` does not cut a rule.
 */
export function topLevelRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | null = null;
  for (let index = 0; index < css.length; index += 1) {
    const char = css[index];
    if (quote !== null) {
      if (char === '\\') index += 1;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{') depth += 1;
    else if (char === '}' || (char === ';' && depth === 0)) {
      if (char === '}') depth -= 1;
      if (depth === 0) {
        rules.push(css.slice(start, index + 1).trim());
        start = index + 1;
      }
    }
  }
  const rest = css.slice(start).trim();
  return rest === '' ? rules : [...rules, rest];
}

/**
 * esbuild writes the CSS of a lazily imported chunk to its own file but never loads it, so a lazy
 * section's Atlaskit styles (extracted `.compiled.css`) would be missing. Every stylesheet of the
 * surface is merged into one, entry first, loaded before first render. Sections share most atomic
 * rules, so repeats are dropped (the first occurrence keeps its place).
 * Returns the merged file's path relative to the repository root.
 */
export function mergeStylesheets(metafile: Metafile, entryCss: string | undefined, outDir: string): string | null {
  const lazyCss = Object.keys(metafile.outputs).filter((file) => file.endsWith('.css') && file !== entryCss);
  const ordered = [...(entryCss ? [entryCss] : []), ...lazyCss.sort()];
  if (ordered.length === 0) return null;
  const rules = ordered.flatMap((file) => topLevelRules(readFileSync(path.join(REPO_ROOT, file), 'utf8')));
  const css = [...new Set(rules)].join('\n');
  for (const file of ordered) rmSync(path.join(REPO_ROOT, file));
  const hash = createHash('sha256').update(css).digest('hex').slice(0, 8).toUpperCase();
  const merged = path.join(outDir, `styles-${hash}.css`);
  writeFileSync(merged, css);
  return path.relative(REPO_ROOT, merged);
}
