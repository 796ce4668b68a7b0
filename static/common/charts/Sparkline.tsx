import { token } from '@atlaskit/tokens';
import { formatMonth, formatPoints } from '../format';

const HEIGHT = 20;
const PAD = 2;

/** "Delivered points per month, Jan 2026 – Dec 2026: 10, 12, 0, …": what the line shows, for everyone. */
export function describeSeries(what: string, points: readonly { month: string; points: number }[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return `${what}: no months`;
  return `${what}, ${formatMonth(first.month)} – ${formatMonth(last.month)}: ${points.map((p) => formatPoints(p.points)).join(', ')}`;
}

/**
 * A small line of monthly figures for a table cell, from 0 to the largest month, with the last month
 * marked. Its description is the accessible name and the tooltip, since a line alone cannot be read by all.
 */
export function Sparkline({ points, what, width = 120 }: { points: readonly { month: string; points: number }[]; what: string; width?: number }) {
  const description = describeSeries(what, points);
  const top = Math.max(...points.map((p) => p.points), 0);
  const step = points.length > 1 ? (width - 2 * PAD) / (points.length - 1) : 0;
  const xy = points.map((p, index) => [PAD + index * step, HEIGHT - PAD - (top === 0 ? 0 : (p.points / top) * (HEIGHT - 2 * PAD))] as const);
  const last = xy[xy.length - 1];
  return (
    <svg role="img" aria-label={description} viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT}>
      <title>{description}</title>
      <line x1={PAD} x2={width - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} style={{ stroke: token('color.border'), strokeWidth: 1 }} />
      <polyline
        points={xy.map(([x, y]) => `${x},${y}`).join(' ')}
        style={{ fill: 'none', stroke: token('color.chart.neutral'), strokeWidth: 1.5, strokeLinejoin: 'round' }}
      />
      {last && <circle cx={last[0]} cy={last[1]} r={2.5} style={{ fill: token('color.chart.neutral') }} />}
    </svg>
  );
}
