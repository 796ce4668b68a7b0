import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import { formatPointsText } from '../format';
import { ChartFrame } from './ChartFrame';
import { axisTextStyle, baselineStyle, fillStyle, gridLineStyle, niceAxis } from './chartStyle';

export interface SprintBars {
  key: string;
  /** The sprint's name: under its column (on two short lines) and in full in its label. */
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
/** The y-axis (its title and values) is drawn apart from the scrolling plot, so it stays in view. */
const AXIS_WIDTH = 52;
const PLOT_LEFT = 4;
const PITCH = 72;
const BAR_WIDTH = 20;
const TICK_AREA = 36;

function RollingLine({ sprints, yOf }: { sprints: SprintBars[]; yOf: (value: number) => number }) {
  const points = sprints
    .map((sprint, index) => (sprint.rolling === null ? null : `${PLOT_LEFT + index * PITCH + PITCH / 2},${yOf(sprint.rolling)}`))
    .filter((point): point is string => point !== null);
  if (points.length === 0) return null;
  return <polyline points={points.join(' ')} style={{ fill: 'none', stroke: COMMITMENT_FILLS.rolling, strokeWidth: 2 }} />;
}

/** Choosing a sprint on the chart: the one chosen, and what choosing one does (with the bar chosen, to return focus to). */
export interface SprintChoice {
  chosenKey: string | null;
  controls: string;
  onChoose: (key: string, from: SVGGElement) => void;
}

const columnFocusStyle = { fill: 'none', stroke: token('color.border.focused'), strokeWidth: 2 };
const chosenColumnStyle = { fill: token('color.background.selected') };
// A column with no background still takes clicks between and above its bars.
const columnHitStyle = { fill: 'transparent', cursor: 'pointer' };

function Bars({ sprint, left, yOf }: { sprint: SprintBars; left: number; yOf: (value: number) => number }) {
  return (
    <>
      <rect x={left} y={yOf(sprint.committed)} width={BAR_WIDTH} height={yOf(0) - yOf(sprint.committed)} style={fillStyle(COMMITMENT_FILLS.committed)}>
        <title>{`${sprint.label}: committed ${formatPointsText(sprint.committed)}`}</title>
      </rect>
      <rect
        x={left + BAR_WIDTH + 4}
        y={yOf(sprint.completed)}
        width={BAR_WIDTH}
        height={yOf(0) - yOf(sprint.completed)}
        style={fillStyle(COMMITMENT_FILLS.completed)}
      >
        <title>{`${sprint.label}: completed ${formatPointsText(sprint.completed)}`}</title>
      </rect>
    </>
  );
}

/** A sprint's bars as one button when the chart lets the reader choose a sprint (Enter or Space, like a button). */
function ChoosableColumn({ sprint, x, choice, children }: { sprint: SprintBars; x: number; choice: SprintChoice; children: ReactNode }) {
  const [focusRing, setFocusRing] = useState(false);
  const chosen = choice.chosenKey === sprint.key;
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    choice.onChoose(sprint.key, event.currentTarget);
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={`${sprint.label}: committed ${formatPointsText(sprint.committed)}, completed ${formatPointsText(sprint.completed)}. Sprint report`}
      aria-expanded={chosen}
      aria-controls={chosen ? choice.controls : undefined}
      data-testid={`sprint-bars-${sprint.key}`}
      onClick={(event) => choice.onChoose(sprint.key, event.currentTarget)}
      onKeyDown={onKeyDown}
      // Only a keyboard focus shows the ring, as :focus-visible does for Atlaskit's buttons.
      onFocus={(event) => setFocusRing(event.currentTarget.matches(':focus-visible'))}
      onBlur={() => setFocusRing(false)}
    >
      <rect x={x + 2} y={TOP} width={PITCH - 4} height={PLOT_HEIGHT + TICK_AREA - 2} rx={3} style={chosen ? chosenColumnStyle : columnHitStyle} />
      {children}
      {focusRing && <rect x={x + 2} y={TOP} width={PITCH - 4} height={PLOT_HEIGHT + TICK_AREA - 2} rx={3} style={columnFocusStyle} />}
    </g>
  );
}

function SprintColumn({ sprint, index, yOf, choice }: { sprint: SprintBars; index: number; yOf: (value: number) => number; choice: SprintChoice | undefined }) {
  const x = PLOT_LEFT + index * PITCH;
  const content = (
    <>
      <Bars sprint={sprint} left={x + (PITCH - 2 * BAR_WIDTH - 4) / 2} yOf={yOf} />
      <text x={x + PITCH / 2} y={TOP + PLOT_HEIGHT + 14} textAnchor="middle" style={axisTextStyle}>
        {tickLines(sprint.label).map((line, lineIndex) => (
          <tspan key={lineIndex} x={x + PITCH / 2} dy={lineIndex === 0 ? 0 : 13}>
            {line}
          </tspan>
        ))}
      </text>
    </>
  );
  if (choice === undefined) return <g>{content}</g>;
  return (
    <ChoosableColumn sprint={sprint} x={x} choice={choice}>
      {content}
    </ChoosableColumn>
  );
}

/**
 * A sprint name's last two words on two lines under its column (`PAY Sprint 44` → `Sprint `, `44`; the
 * board is the heading above). Not cut with an ellipsis, and the space kept, so the visible text stays
 * part of the column's accessible name.
 */
export function tickLines(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1] ?? name;
  const before = words[words.length - 2];
  return before === undefined ? [last] : [`${before} `, last];
}

/** The y-axis with its title and unit; it sits outside the scrolling plot, so it never scrolls away. */
function YAxis({ ticks, yOf }: { ticks: readonly number[]; yOf: (value: number) => number }) {
  const height = TOP + PLOT_HEIGHT + TICK_AREA;
  return (
    <svg aria-hidden width={AXIS_WIDTH} height={height} viewBox={`0 0 ${AXIS_WIDTH} ${height}`}>
      <text transform={`translate(12 ${TOP + PLOT_HEIGHT / 2}) rotate(-90)`} textAnchor="middle" style={axisTextStyle}>
        Story points
      </text>
      {ticks.map((value) => (
        <text key={value} x={AXIS_WIDTH - 6} y={yOf(value) + 4} textAnchor="end" style={axisTextStyle}>
          {value}
        </text>
      ))}
    </svg>
  );
}

/**
 * Jira's velocity chart: committed and completed points side by side per sprint, with the rolling
 * velocity as a line. The caller shows the same figures in a table. With `choice`, each sprint's
 * column is a button (the chart is then a group of them, not a picture).
 */
export function CommitmentChart({ sprints, description, choice }: { sprints: SprintBars[]; description: string; choice?: SprintChoice }) {
  const axis = niceAxis(Math.max(0, ...sprints.flatMap((s) => [s.committed, s.completed, s.rolling ?? 0])));
  const maximum = axis.maximum;
  const yOf = (value: number): number => TOP + PLOT_HEIGHT * (1 - value / maximum);
  const width = PLOT_LEFT + sprints.length * PITCH;
  return (
    <ChartFrame label="Velocity chart" fixedStart={<YAxis ticks={axis.ticks} yOf={yOf} />}>
      <svg
        role={choice ? 'group' : 'img'}
        aria-label={description}
        viewBox={`0 0 ${width} ${TOP + PLOT_HEIGHT + TICK_AREA}`}
        width={width}
        height={TOP + PLOT_HEIGHT + TICK_AREA}
      >
        {axis.ticks.map((value) => (
          <g key={value}>
            <line x1={0} x2={width} y1={yOf(value)} y2={yOf(value)} style={value === 0 ? baselineStyle : gridLineStyle} />
          </g>
        ))}
        {sprints.map((sprint, index) => (
          <SprintColumn key={sprint.key} sprint={sprint} index={index} yOf={yOf} choice={choice} />
        ))}
        <RollingLine sprints={sprints} yOf={yOf} />
      </svg>
    </ChartFrame>
  );
}
