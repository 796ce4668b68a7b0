import { token } from '@atlaskit/tokens';
import { ChartFrame } from './ChartFrame';
import { axisTextStyle, baselineStyle, emptyColumnStyle, gridLineStyle, niceAxis, type Texture } from './chartStyle';
import { TexturedSegment, TextureDefs, useTexturePrefix } from './Texture';

export interface ShareSegment {
  key: string;
  fill: string;
  texture?: Texture;
  /** Share of the column, in [0, 1]. */
  share: number;
  /** The segment's own amount (points or issues), drawn when the chart is on the amount scale. */
  amount: number;
  /** What a hover (and a screen reader walking the SVG) reads, e.g. "Feature 40% (12 points)". */
  title: string;
}

export interface ShareColumn {
  key: string;
  /** Axis text under the column. */
  tick: string;
  /** The column's full name, e.g. "Mar 2026". */
  label: string;
  /** The period is not over yet (the current month): marked, since its figures are still growing. */
  partial?: boolean;
  /** `null` when the column has no work: drawn as an empty outline, never as 0 %. */
  segments: ShareSegment[] | null;
}

/** Shares stack to 100 %; amounts stack to their total against an axis in `unit`. */
export type ColumnScale = { kind: 'share' } | { kind: 'amount'; unit: string };

const PLOT_HEIGHT = 180;
const TOP = 8;
const AXIS_WIDTH = 52;
const COLUMN_PITCH = 64;
const BAR_WIDTH = 36;
const TICK_AREA = 36;
const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];
/** An empty month on the amount scale is a low outline: a full-height one would read as a tall month. */
const EMPTY_AMOUNT_HEIGHT = 6;
const partialMarkStyle = { fill: 'none', stroke: token('color.border.bold'), strokeWidth: 1, strokeDasharray: '4 2' };

interface Axis {
  kind: ColumnScale['kind'];
  maximum: number;
  ticks: number[];
  format: (value: number) => string;
  title: string;
  valueOf: (segment: ShareSegment) => number;
}

function axisOf(columns: readonly ShareColumn[], scale: ColumnScale): Axis {
  if (scale.kind === 'share') return { kind: 'share', maximum: 1, ticks: SHARE_TICKS, format: (v) => `${v * 100}%`, title: 'Share', valueOf: (s) => s.share };
  const totals = columns.map((column) => (column.segments ?? []).reduce((sum, segment) => sum + segment.amount, 0));
  const { maximum, ticks } = niceAxis(Math.max(0, ...totals));
  return { kind: 'amount', maximum, ticks, format: String, title: scale.unit, valueOf: (s) => s.amount };
}

function Column({ column, x, axis, prefix }: { column: ShareColumn; x: number; axis: Axis; prefix: string }) {
  const yOf = (value: number) => TOP + PLOT_HEIGHT * (1 - value / axis.maximum);
  if (column.segments === null) {
    const height = axis.kind === 'share' ? PLOT_HEIGHT : EMPTY_AMOUNT_HEIGHT;
    return (
      <g data-testid={`column-${column.key}`} data-partial={column.partial ? 'true' : undefined}>
        <title>{`${column.label}: no delivered work`}</title>
        <rect x={x} y={TOP + PLOT_HEIGHT - height} width={BAR_WIDTH} height={height} style={emptyColumnStyle} />
      </g>
    );
  }
  const segments = [];
  let below = 0;
  for (const segment of column.segments) {
    const top = below + axis.valueOf(segment);
    const box = { x, y: yOf(top), width: BAR_WIDTH, height: Math.max(0, yOf(below) - yOf(top)) };
    segments.push(
      <TexturedSegment
        key={segment.key}
        box={box}
        fill={segment.fill}
        texture={segment.texture}
        prefix={prefix}
        testId={`segment-${column.key}-${segment.key}`}
      >
        <title>{`${column.label} — ${segment.title}`}</title>
      </TexturedSegment>,
    );
    below = top;
  }
  return (
    <g data-testid={`column-${column.key}`} data-partial={column.partial ? 'true' : undefined} data-height={yOf(0) - yOf(below)}>
      {segments}
      {column.partial && <rect x={x - 3} y={yOf(below) - 3} width={BAR_WIDTH + 6} height={yOf(0) - yOf(below) + 3} rx={2} style={partialMarkStyle} />}
    </g>
  );
}

function Tick({ column, x }: { column: ShareColumn; x: number }) {
  return (
    <text x={x} y={TOP + PLOT_HEIGHT + 16} textAnchor="middle" style={axisTextStyle}>
      <tspan x={x}>{column.tick}</tspan>
      {column.partial && (
        <>
          {' '}
          <tspan x={x} dy={13}>
            to date
          </tspan>
        </>
      )}
    </text>
  );
}

/**
 * A stacked column chart: one column per period, one segment per category, as shares of 100 % or as
 * amounts on a scale. The caller puts the same figures in a table beside it; `description`
 * summarises the chart for assistive technology.
 */
export function ShareColumnChart({ columns, description, scale = { kind: 'share' } }: { columns: ShareColumn[]; description: string; scale?: ColumnScale }) {
  const prefix = useTexturePrefix();
  const axis = axisOf(columns, scale);
  const yOf = (value: number) => TOP + PLOT_HEIGHT * (1 - value / axis.maximum);
  const width = AXIS_WIDTH + columns.length * COLUMN_PITCH;
  const height = TOP + PLOT_HEIGHT + TICK_AREA;
  return (
    <ChartFrame label={scale.kind === 'share' ? 'Share chart' : 'Amount chart'}>
      <svg role="img" aria-label={description} viewBox={`0 0 ${width} ${height}`} width={width} height={height} data-scale={scale.kind}>
        <TextureDefs prefix={prefix} />
        <text transform={`translate(12 ${TOP + PLOT_HEIGHT / 2}) rotate(-90)`} textAnchor="middle" style={axisTextStyle}>
          {axis.title}
        </text>
        {axis.ticks.map((value) => (
          <g key={value}>
            <line x1={AXIS_WIDTH - 4} x2={width} y1={yOf(value)} y2={yOf(value)} style={value === 0 ? baselineStyle : gridLineStyle} />
            <text x={AXIS_WIDTH - 8} y={yOf(value) + 4} textAnchor="end" style={axisTextStyle}>
              {axis.format(value)}
            </text>
          </g>
        ))}
        {columns.map((column, index) => {
          const x = AXIS_WIDTH + index * COLUMN_PITCH + (COLUMN_PITCH - BAR_WIDTH) / 2;
          return (
            <g key={column.key}>
              <Column column={column} x={x} axis={axis} prefix={prefix} />
              <Tick column={column} x={x + BAR_WIDTH / 2} />
            </g>
          );
        })}
      </svg>
    </ChartFrame>
  );
}
