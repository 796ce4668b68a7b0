import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { BoardVelocity } from '../../../../src/shared/figures';
import { COMMITMENT_FILLS, CommitmentChart, type SprintBars } from '../../../common/charts/CommitmentChart';
import { Legend } from '../../../common/charts/Legend';
import { formatPoints, formatRatio } from '../../../common/format';
import { RECENT_SPRINTS, rollingVelocity, VELOCITY_SPRINTS } from './rolling';
import { SprintTable } from './SprintTable';

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
      Velocity <Text weight="bold">{formatPoints(board.velocity)} points</Text> (mean completed of the last {VELOCITY_SPRINTS} closed sprints) · say/do{' '}
      <Text weight="bold">{formatRatio(sayDoOf(board))}</Text> over the same sprints
    </Text>
  );
}

/** One scrum board: committed vs completed per closed sprint, say/do and rolling velocity. */
export function BoardVelocityView({ board }: { board: BoardVelocity }) {
  const [showAll, setShowAll] = useState(false);
  const rolling = rollingVelocity(board.sprints);
  const first = showAll ? 0 : Math.max(0, board.sprints.length - RECENT_SPRINTS);
  const shown = board.sprints.slice(first);
  const bars: SprintBars[] = shown.map((sprint, index) => ({
    key: String(sprint.id),
    tick: sprint.name.replace(/^.*?(\d+)$/, '#$1'),
    label: sprint.name,
    committed: sprint.committed,
    completed: sprint.completed,
    rolling: rolling[first + index] ?? null,
  }));
  const description = `Committed and completed story points of the ${shown.length} most recent closed sprints of ${board.name}, with the rolling velocity. The table below lists them.`;
  return (
    <Stack space="space.150">
      <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
        <Heading size="small" as="h2">
          {board.name}
        </Heading>
        {board.sprints.length > RECENT_SPRINTS && (
          <Button appearance="subtle" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
            {showAll ? `Show the last ${RECENT_SPRINTS} sprints` : `Show all ${board.sprints.length} sprints`}
          </Button>
        )}
      </Inline>
      {board.sprints.length === 0 ? (
        <Text color="color.text.subtle">No closed sprint yet: velocity appears once this board completes a sprint.</Text>
      ) : (
        <>
          <Headline board={board} />
          <CommitmentChart sprints={bars} description={description} />
          <Legend items={LEGEND} />
          <SprintTable boardName={board.name} sprints={shown} rolling={rolling.slice(first)} />
        </>
      )}
    </Stack>
  );
}
