import { token } from '@atlaskit/tokens';
import { ChartFrame } from './ChartFrame';
import { axisTextStyle, baselineStyle, fillStyle, gridLineStyle, niceAxis } from './chartStyle';

export interface SprintBars {
  key: string;
  tick: string;
  label: string;
  committed: number;
  completed: number;
  /** Rolling velocity after this sprint; null before there is any. */
  rolling: number | null;
}

export const COMMITMENT_FILLS = {
  committed: token('color.chart.gray.bold'),
  completed: token('color.chart.blue.bold'),
  rolling: token('color.chart.purple.bolder'),
};

const PLOT_HEIGHT = 160;
const TOP = 10;
const AXIS_WIDTH = 40;
const PITCH = 72;
const BAR_WIDTH = 20;
const TICK_AREA = 24;

function RollingLine({ sprints, yOf }: { sprints: SprintBars[]; yOf: (value: number) => number }) {
  const points = sprints
    .map((sprint, index) => (sprint.rolling === null ? null : `${AXIS_WIDTH + index * PITCH + PITCH / 2},${yOf(sprint.rolling)}`))
    .filter((point): point is string => point !== null);
  if (points.length === 0) return null;
  return <polyline points={points.join(' ')} style={{ fill: 'none', stroke: COMMITMENT_FILLS.rolling, strokeWidth: 2 }} />;
}

/**
 * Jira's velocity chart: committed and completed points side by side per sprint, with the rolling
 * velocity as a line. The caller shows the same figures in a table.
 */
export function CommitmentChart({ sprints, description }: { sprints: SprintBars[]; description: string }) {
  const axis = niceAxis(Math.max(0, ...sprints.flatMap((s) => [s.committed, s.completed, s.rolling ?? 0])));
  const maximum = axis.maximum;
  const yOf = (value: number): number => TOP + PLOT_HEIGHT * (1 - value / maximum);
  const width = AXIS_WIDTH + sprints.length * PITCH;
  return (
    <ChartFrame label="Velocity chart">
      <svg role="img" aria-label={description} viewBox={`0 0 ${width} ${TOP + PLOT_HEIGHT + TICK_AREA}`} width={width} height={TOP + PLOT_HEIGHT + TICK_AREA}>
        {axis.ticks.map((value) => (
          <g key={value}>
            <line x1={AXIS_WIDTH - 4} x2={width} y1={yOf(value)} y2={yOf(value)} style={value === 0 ? baselineStyle : gridLineStyle} />
            <text x={AXIS_WIDTH - 8} y={yOf(value) + 4} textAnchor="end" style={axisTextStyle}>
              {value}
            </text>
          </g>
        ))}
        {sprints.map((sprint, index) => {
          const left = AXIS_WIDTH + index * PITCH + (PITCH - 2 * BAR_WIDTH - 4) / 2;
          return (
            <g key={sprint.key}>
              <rect x={left} y={yOf(sprint.committed)} width={BAR_WIDTH} height={yOf(0) - yOf(sprint.committed)} style={fillStyle(COMMITMENT_FILLS.committed)}>
                <title>{`${sprint.label}: committed ${sprint.committed} points`}</title>
              </rect>
              <rect
                x={left + BAR_WIDTH + 4}
                y={yOf(sprint.completed)}
                width={BAR_WIDTH}
                height={yOf(0) - yOf(sprint.completed)}
                style={fillStyle(COMMITMENT_FILLS.completed)}
              >
                <title>{`${sprint.label}: completed ${sprint.completed} points`}</title>
              </rect>
              <text x={AXIS_WIDTH + index * PITCH + PITCH / 2} y={TOP + PLOT_HEIGHT + 16} textAnchor="middle" style={axisTextStyle}>
                {sprint.tick}
              </text>
            </g>
          );
        })}
        <RollingLine sprints={sprints} yOf={yOf} />
      </svg>
    </ChartFrame>
  );
}
