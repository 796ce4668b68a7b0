import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

/**
 * SVG has no tokens of its own: colours and type are applied as inline styles holding token
 * variables, so the charts follow the light/dark theme like every Atlaskit component.
 */
export const axisTextStyle: CSSProperties = { fill: token('color.text.subtle'), font: token('font.body.small') };
export const gridLineStyle: CSSProperties = { stroke: token('color.border'), strokeWidth: 1 };
export const baselineStyle: CSSProperties = { stroke: token('color.border.bold'), strokeWidth: 1 };
export const emptyColumnStyle: CSSProperties = {
  fill: 'none',
  stroke: token('color.border'),
  strokeDasharray: '3 3',
};

export function fillStyle(fill: string): CSSProperties {
  return { fill };
}

/**
 * The line between two stacked segments, in the page's own surface colour, so neighbours such as
 * Defect (red) and Risk (orange) read as two blocks even to a reader who cannot tell the hues apart.
 * Non-scaling, so a bar stretched to its cell keeps a hairline rather than a smear.
 */
export const segmentSeparatorStyle: CSSProperties = {
  stroke: token('elevation.surface'),
  strokeWidth: 1.5,
  vectorEffect: 'non-scaling-stroke',
};

/** A second cue beside the hue: each work category's segments and swatches carry their own texture. */
export type Texture = 'solid' | 'diagonal' | 'dots' | 'horizontal' | 'crosshatch';

/** One tile of a texture's pattern: what is drawn on it, turned by `rotate` degrees. */
export interface TextureTile {
  path: string;
  rotate: number;
  /** Dots are filled shapes; the others are lines. */
  filled: boolean;
}

export const TEXTURE_TILE_SIZE = 6;

export const TEXTURE_TILES: Record<Exclude<Texture, 'solid'>, TextureTile> = {
  diagonal: { path: 'M0,3 H6', rotate: 45, filled: false },
  dots: { path: 'M2,2 h2 v2 h-2 z', rotate: 45, filled: true },
  horizontal: { path: 'M0,3 H6', rotate: 0, filled: false },
  crosshatch: { path: 'M0,3 H6 M3,0 V6', rotate: 45, filled: false },
};

/** The texture's marks: the inverse border colour contrasts with every bold chart colour in both themes. */
export function textureMarkStyle(filled: boolean): CSSProperties {
  const colour = token('color.border.inverse');
  return filled ? { fill: colour, opacity: 0.75 } : { fill: 'none', stroke: colour, strokeWidth: 1.25, opacity: 0.75 };
}

/**
 * An axis from 0 with round ticks: the step is 1, 2 or 5 × 10ⁿ, about `targetTicks` of them reach
 * `value`. Example: niceAxis(23) → { maximum: 25, ticks: [0, 5, 10, 15, 20, 25] }.
 */
export function niceAxis(value: number, targetTicks = 4): { maximum: number; ticks: number[] } {
  const rough = value > 0 ? value / targetTicks : 1;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((candidate) => candidate * magnitude >= rough) ?? 10) * magnitude;
  const count = Math.max(1, Math.ceil(value / step));
  return { maximum: count * step, ticks: Array.from({ length: count + 1 }, (_, index) => index * step) };
}
