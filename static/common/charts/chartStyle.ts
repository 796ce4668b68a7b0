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
