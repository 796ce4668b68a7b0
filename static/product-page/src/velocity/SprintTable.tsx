import type { MouseEvent } from 'react';
import Button from '@atlaskit/button/new';
import { FigureTable } from '../../../common/FigureTable';
import type { SprintFigures } from '../../../../src/shared/figures';
import { formatDate, formatPoints, formatRatio } from '../../../common/format';
import type { ReportOpener } from './useSprintReport';

const HEAD = {
  cells: [
    { key: 'sprint', content: 'Sprint' },
    { key: 'ended', content: 'Completed on' },
    { key: 'committed', content: 'Committed' },
    { key: 'completed', content: 'Completed' },
    { key: 'saydo', content: 'Say/do' },
    { key: 'rolling', content: 'Rolling velocity' },
  ],
};

/** Which sprint's report is open, and opening or closing one from a row. */
export interface RowChoice {
  openId: number | null;
  controls: string;
  onToggle: (sprintId: number, from: ReportOpener) => void;
}

function SprintButton({ sprint, choice }: { sprint: SprintFigures; choice: RowChoice }) {
  const open = choice.openId === sprint.id;
  return (
    <Button
      appearance="subtle"
      spacing="compact"
      isSelected={open}
      aria-expanded={open}
      aria-controls={open ? choice.controls : undefined}
      aria-label={`${sprint.name}: sprint report`}
      onClick={(event) => choice.onToggle(sprint.id, event.currentTarget)}
    >
      {sprint.name}
    </Button>
  );
}

/** A click anywhere on a row opens its report as its button does; the button and links handle their own clicks. */
function rowClick(sprintId: number, choice: RowChoice) {
  return (event: MouseEvent<HTMLTableRowElement>) => {
    if (event.target instanceof Element && event.target.closest('button, a') !== null) return;
    const button = event.currentTarget.querySelector('button');
    if (button !== null) choice.onToggle(sprintId, button);
  };
}

/** The figures behind the velocity chart, newest sprint first as Jira's sprint report lists them; each sprint opens its report. */
export function SprintTable({ boardName, sprints, rolling, choice }: { boardName: string; sprints: SprintFigures[]; rolling: number[]; choice: RowChoice }) {
  const rows = sprints
    .map((sprint, index) => ({
      key: String(sprint.id),
      onClick: rowClick(sprint.id, choice),
      cells: [
        { key: 'sprint', content: <SprintButton sprint={sprint} choice={choice} /> },
        { key: 'ended', content: formatDate(sprint.completeDate) },
        { key: 'committed', content: formatPoints(sprint.committed) },
        { key: 'completed', content: formatPoints(sprint.completed) },
        { key: 'saydo', content: formatRatio(sprint.sayDo) },
        { key: 'rolling', content: formatPoints(rolling[index]) },
      ],
    }))
    .reverse();
  return <FigureTable title={`Closed sprints of ${boardName}, newest first (story points)`} head={HEAD} rows={rows} testId="sprint-table" />;
}
