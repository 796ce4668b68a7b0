import { useState } from 'react';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { BoardVelocity } from '../../../../src/shared/figures';
import { FilterSelect } from '../../../common/FilterSelect';
import { EmptyMessage } from '../../../common/states';
import { WithFigures } from '../figures';
import { BoardCapacity } from './BoardCapacity';

function CapacityOfBoards({ boards }: { boards: readonly BoardVelocity[] }) {
  const [chosen, setChosen] = useState(String(boards[0]?.id ?? ''));
  const board = boards.find((candidate) => String(candidate.id) === chosen) ?? boards[0];
  const options = boards.map((candidate) => ({ value: String(candidate.id), label: candidate.name }));
  return (
    <Stack space="space.200">
      <Inline spread="space-between" alignBlock="end" shouldWrap space="space.100">
        <Stack space="space.050">
          <Heading size="small" as="h2">
            {board ? `Capacity of ${board.name}` : 'Capacity'}
          </Heading>
          <Text color="color.text.subtle">Person-days the team is available in each sprint, and what that capacity delivered.</Text>
        </Stack>
        {boards.length > 1 && <FilterSelect id="capacity-board" label="Scrum board" options={options} value={chosen} onChange={setChosen} />}
      </Inline>
      {board && <BoardCapacity key={board.id} boardId={board.id} boardName={board.name} />}
    </Stack>
  );
}

/** Sprint capacity per scrum board of the project, with the next sprint's forecast (the rate and forecast as src/shared/records.ts defines them). */
export default function CapacitySection() {
  return (
    <WithFigures>
      {(overview) =>
        overview.product.velocity.boards.length === 0 ? (
          <EmptyMessage
            title="No scrum board for this project"
            whatToDo="Capacity is entered per sprint of a scrum board. Create a scrum board for this project (Board → Create board → Scrum) and plan a sprint."
          />
        ) : (
          <CapacityOfBoards boards={overview.product.velocity.boards} />
        )
      }
    </WithFigures>
  );
}
