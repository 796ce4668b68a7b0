import { Stack } from '@atlaskit/primitives';
import { EmptyMessage } from '../../../common/states';
import { WithFigures } from '../figures';
import { BoardVelocityView } from './BoardVelocityView';

/** Velocity per scrum board of the project (METRICS.md, "Velocity"). */
export default function VelocitySection() {
  return (
    <WithFigures>
      {(overview) =>
        overview.product.velocity.boards.length === 0 ? (
          <EmptyMessage
            title="No scrum board for this project"
            whatToDo="Velocity comes from a scrum board's closed sprints. Create a scrum board for this project (Board → Create board → Scrum) and complete a sprint."
          />
        ) : (
          <Stack space="space.500">
            {overview.product.velocity.boards.map((board) => (
              <BoardVelocityView key={board.id} board={board} />
            ))}
          </Stack>
        )
      }
    </WithFigures>
  );
}
