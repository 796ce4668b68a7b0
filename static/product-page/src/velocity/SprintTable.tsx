import { FigureTable } from '../../../common/FigureTable';
import type { SprintFigures } from '../../../../src/shared/figures';
import { formatDate, formatPoints, formatRatio } from '../../../common/format';

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

/** The figures behind the velocity chart, newest sprint first as Jira's sprint report lists them. */
export function SprintTable({ boardName, sprints, rolling }: { boardName: string; sprints: SprintFigures[]; rolling: number[] }) {
  const rows = sprints
    .map((sprint, index) => ({
      key: String(sprint.id),
      cells: [
        { key: 'sprint', content: sprint.name },
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
