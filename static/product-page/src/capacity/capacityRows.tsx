import Lozenge from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import type { CapacitySprintRow } from '../../../../src/shared/records';
import { formatDate, formatPoints } from '../../../common/format';
import { formatDays, formatRate, SPRINT_STATE_LOZENGES } from './capacityTerms';
import { DaysEditor } from './DaysEditor';

export const CAPACITY_HEAD = {
  cells: [
    { key: 'sprint', content: 'Sprint' },
    { key: 'state', content: 'State' },
    { key: 'dates', content: 'Dates' },
    { key: 'days', content: 'Available person-days' },
    { key: 'completed', content: 'Completed points' },
    { key: 'rate', content: 'Points per day' },
  ],
};

function datesOf(row: CapacitySprintRow): string {
  const end = row.completeDate ?? row.endDate;
  if (row.startDate === undefined && end === undefined) return 'Not scheduled';
  return `${row.startDate ? formatDate(row.startDate) : '?'} – ${end ? formatDate(end) : '?'}`;
}

export interface DaysEditing {
  boardId: number;
  onSaved: () => Promise<void>;
}

/** One row per sprint; with `editing`, the days are a field (closed sprints too, so the rate can be measured). */
export function capacityRow(row: CapacitySprintRow, editing: DaysEditing | null) {
  const state = SPRINT_STATE_LOZENGES[row.state];
  const days = editing ? (
    <DaysEditor key={row.sprintId} boardId={editing.boardId} row={row} onSaved={editing.onSaved} />
  ) : (
    <Text>{formatDays(row.capacity?.availableDays)}</Text>
  );
  const closed = row.state === 'closed';
  return {
    key: String(row.sprintId),
    testId: `capacity-row-${row.sprintId}`,
    cells: [
      { key: 'sprint', content: <Text weight="medium">{row.name}</Text> },
      { key: 'state', content: <Lozenge appearance={state.appearance}>{state.label}</Lozenge> },
      { key: 'dates', content: datesOf(row) },
      { key: 'days', content: days },
      { key: 'completed', content: closed ? formatPoints(row.completedPoints) : '—' },
      { key: 'rate', content: closed ? formatRate(row.pointsPerDay) : '—' },
    ],
  };
}
