import { ChartFrame } from './ChartFrame';
import { axisTextStyle, baselineStyle, emptyColumnStyle, fillStyle, gridLineStyle } from './chartStyle';

export interface ShareSegment {
  key: string;
  fill: string;
  /** Share of the column, in [0, 1]. */
  share: number;
  /** What a hover (and a screen reader walking the SVG) reads, e.g. "Feature 40% (12 points)". */
  title: string;
}

export interface ShareColumn {
  key: string;
  /** Axis text under the column. */
  tick: string;
  /** The column's full name, e.g. "Mar 2026". */
  label: string;
  /** `null` when the column has no work: drawn as an empty outline, never as 0 %. */
  segments: ShareSegment[] | null;
}

const PLOT_HEIGHT = 180;
const TOP = 8;
const AXIS_WIDTH = 40;
const COLUMN_PITCH = 64;
const BAR_WIDTH = 36;
const TICK_AREA = 24;
const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];

function yOf(share: number): number {
  return TOP + PLOT_HEIGHT * (1 - share);
}

function Column({ column, x }: { column: ShareColumn; x: number }) {
  if (column.segments === null) {
    return (
      <g>
        <title>{`${column.label}: no delivered work`}</title>
        <rect x={x} y={TOP} width={BAR_WIDTH} height={PLOT_HEIGHT} style={emptyColumnStyle} />
      </g>
    );
  }
  const rects = [];
  let below = 0;
  for (const segment of column.segments) {
    const top = below + segment.share;
    rects.push(
      <rect key={segment.key} x={x} y={yOf(top)} width={BAR_WIDTH} height={Math.max(0, yOf(below) - yOf(top))} style={fillStyle(segment.fill)}>
        <title>{`${column.label} — ${segment.title}`}</title>
      </rect>,
    );
    below = top;
  }
  return <g>{rects}</g>;
}

/**
 * A 100 % stacked column chart: one column per period, one segment per category. The caller puts the
 * same figures in a table beside it; `description` summarises the chart for assistive technology.
 */
export function ShareColumnChart({ columns, description }: { columns: ShareColumn[]; description: string }) {
  const width = AXIS_WIDTH + columns.length * COLUMN_PITCH;
  const height = TOP + PLOT_HEIGHT + TICK_AREA;
  return (
    <ChartFrame label="Share chart">
      <svg role="img" aria-label={description} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        {SHARE_TICKS.map((share) => (
          <g key={share}>
            <line x1={AXIS_WIDTH - 4} x2={width} y1={yOf(share)} y2={yOf(share)} style={share === 0 ? baselineStyle : gridLineStyle} />
            <text x={AXIS_WIDTH - 8} y={yOf(share) + 4} textAnchor="end" style={axisTextStyle}>{`${share * 100}%`}</text>
          </g>
        ))}
        {columns.map((column, index) => {
          const x = AXIS_WIDTH + index * COLUMN_PITCH + (COLUMN_PITCH - BAR_WIDTH) / 2;
          return (
            <g key={column.key}>
              <Column column={column} x={x} />
              <text x={x + BAR_WIDTH / 2} y={TOP + PLOT_HEIGHT + 16} textAnchor="middle" style={axisTextStyle}>
                {column.tick}
              </text>
            </g>
          );
        })}
      </svg>
    </ChartFrame>
  );
}
