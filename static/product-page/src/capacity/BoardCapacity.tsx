import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { CapacityForecast, RecordApi } from '../../../../src/shared/records';
import { FigureTable } from '../../../common/FigureTable';
import { formatPointsText } from '../../../common/format';
import { EmptyMessage, ErrorState, LoadingState } from '../../../common/states';
import { useResolver } from '../../../common/useResolver';
import { CAPACITY_HEAD, capacityRow } from './capacityRows';
import { explainForecast } from './capacityTerms';

type Capacity = RecordApi['capacity/list']['data'];

const forecastStyles = xcss({
  backgroundColor: 'color.background.accent.blue.subtlest',
  borderColor: 'color.border.accent.blue',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.medium',
  padding: 'space.200',
});

function Forecast({ forecast }: { forecast: CapacityForecast }) {
  const headline = forecast.points === null ? 'No forecast yet' : formatPointsText(Math.round(forecast.points * 10) / 10);
  return (
    <Box xcss={forecastStyles} testId="capacity-forecast" role="region" aria-label={`Forecast for ${forecast.sprintName}`}>
      <Stack space="space.075">
        <Text size="small" weight="bold" color="color.text.subtle">{`Forecast for the next sprint, ${forecast.sprintName}`}</Text>
        <Heading size="large" as="h3">
          {headline}
        </Heading>
        <Text>{explainForecast(forecast)}</Text>
      </Stack>
    </Box>
  );
}

function CapacityTable({ capacity, boardName, reload }: { capacity: Capacity; boardName: string; reload: () => Promise<void> }) {
  // Newest first: the next sprint, the one people plan, is at the top.
  const rows = [...capacity.sprints].reverse();
  const editing = capacity.canEdit ? { boardId: capacity.boardId, onSaved: reload } : null;
  return (
    <FigureTable
      title={`Sprints of ${boardName}, next first`}
      head={CAPACITY_HEAD}
      rows={rows.map((row) => capacityRow(row, editing))}
      rowsPerPage={10}
      testId="capacity-table"
    />
  );
}

function BoardCapacityBody({ capacity, boardName, reload }: { capacity: Capacity; boardName: string; reload: () => Promise<void> }) {
  if (capacity.sprints.length === 0) {
    return (
      <EmptyMessage
        title={`${boardName} has no sprint yet`}
        whatToDo="Create a sprint on the board (Backlog → Create sprint); its capacity can then be entered here."
      />
    );
  }
  return (
    <Stack space="space.200">
      {capacity.forecast ? (
        <Forecast forecast={capacity.forecast} />
      ) : (
        <Text color="color.text.subtle">No active or future sprint to forecast: create the next sprint on the board.</Text>
      )}
      {!capacity.canEdit && <Text color="color.text.subtle">Entering capacity needs the Edit Issues permission in this project.</Text>}
      <CapacityTable capacity={capacity} boardName={boardName} reload={reload} />
    </Stack>
  );
}

/** One scrum board's sprints with their capacity, points per available day and the next sprint's forecast. */
export function BoardCapacity({ boardId, boardName }: { boardId: number; boardName: string }) {
  const { resource, reload } = useResolver('capacity/list', { boardId }, `the capacity of ${boardName}`);
  if (resource.status === 'loading') return <LoadingState label={`Loading the capacity of ${boardName}…`} />;
  if (resource.status === 'failed') return <ErrorState what={resource.what} error={resource.error} onRetry={() => void reload()} />;
  return <BoardCapacityBody capacity={resource.data} boardName={boardName} reload={reload} />;
}
