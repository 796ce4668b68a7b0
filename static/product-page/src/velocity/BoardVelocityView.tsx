import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { BoardVelocity } from '../../../../src/shared/figures';
import { COMMITMENT_FILLS, CommitmentChart, type SprintBars } from '../../../common/charts/CommitmentChart';
import { Legend } from '../../../common/charts/Legend';
import { formatPointsText, formatRatio } from '../../../common/format';
import { RECENT_SPRINTS, rollingVelocity, VELOCITY_SPRINTS } from './rolling';
import { SprintReport } from './SprintReport';
import { SprintTable } from './SprintTable';
import { useSprintReport } from './useSprintReport';

const LEGEND = [
  { key: 'committed', label: 'Committed', fill: COMMITMENT_FILLS.committed },
  { key: 'completed', label: 'Completed', fill: COMMITMENT_FILLS.completed },
  { key: 'rolling', label: `Rolling velocity (last ${VELOCITY_SPRINTS})`, fill: COMMITMENT_FILLS.rolling, shape: 'line' as const },
];

function sayDoOf(board: BoardVelocity): number | null {
  const recent = board.sprints.slice(-VELOCITY_SPRINTS);
  const committed = recent.reduce((sum, sprint) => sum + sprint.committed, 0);
  return committed === 0 ? null : recent.reduce((sum, sprint) => sum + sprint.completed, 0) / committed;
}

function Headline({ board }: { board: BoardVelocity }) {
  return (
    <Text color="color.text.subtle">
      Velocity <Text weight="bold">{formatPointsText(board.velocity)}</Text> (mean completed of the last {VELOCITY_SPRINTS} closed sprints) · say/do{' '}
      <Text weight="bold">{formatRatio(sayDoOf(board))}</Text> over the same sprints
    </Text>
  );
}

function ShowAllButton({ board, showAll, onChange }: { board: BoardVelocity; showAll: boolean; onChange: (showAll: boolean) => void }) {
  if (board.sprints.length <= RECENT_SPRINTS) return null;
  return (
    <Button appearance="subtle" onClick={() => onChange(!showAll)} aria-expanded={showAll}>
      {showAll ? `Show the last ${RECENT_SPRINTS} sprints` : `Show all ${board.sprints.length} sprints`}
    </Button>
  );
}

function barsOf(shown: BoardVelocity['sprints'], rolling: readonly number[]): SprintBars[] {
  return shown.map((sprint, index) => ({
    key: String(sprint.id),
    label: sprint.name,
    committed: sprint.committed,
    completed: sprint.completed,
    rolling: rolling[index] ?? null,
  }));
}

/**
 * One scrum board: committed vs completed per closed sprint, say/do and rolling velocity. Choosing a
 * sprint on the chart or in the table opens its sprint report between them.
 */
export function BoardVelocityView({ board }: { board: BoardVelocity }) {
  const [showAll, setShowAll] = useState(false);
  const report = useSprintReport();
  const reportId = useId();
  const rolling = rollingVelocity(board.sprints);
  const first = showAll ? 0 : Math.max(0, board.sprints.length - RECENT_SPRINTS);
  const shown = board.sprints.slice(first);
  const openSprint = board.sprints.find((sprint) => sprint.id === report.openId);
  const description = `Committed and completed story points of the ${shown.length} most recent closed sprints of ${board.name}, with the rolling velocity. Choose a sprint for its sprint report; the table below lists them.`;
  const choice = {
    chosenKey: openSprint ? String(openSprint.id) : null,
    controls: reportId,
    onChoose: (key: string, from: SVGGElement) => report.toggle(Number(key), from),
  };
  return (
    <Stack space="space.150">
      <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
        <Heading size="small" as="h2">
          {board.name}
        </Heading>
        <ShowAllButton board={board} showAll={showAll} onChange={setShowAll} />
      </Inline>
      {board.sprints.length === 0 ? (
        <Text color="color.text.subtle">No closed sprint yet: velocity appears once this board completes a sprint.</Text>
      ) : (
        <>
          <Headline board={board} />
          <CommitmentChart sprints={barsOf(shown, rolling.slice(first))} description={description} choice={choice} />
          <Legend items={LEGEND} />
          {openSprint && (
            <SprintReport sprint={openSprint} boardId={board.id} doneColumn={board.doneColumn} id={reportId} panel={report.panel} onClose={report.close} />
          )}
          <SprintTable
            boardName={board.name}
            sprints={shown}
            rolling={rolling.slice(first)}
            choice={{ openId: report.openId, controls: reportId, onToggle: report.toggle }}
          />
        </>
      )}
    </Stack>
  );
}
