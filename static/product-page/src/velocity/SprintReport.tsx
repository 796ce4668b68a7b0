import type { KeyboardEvent, RefObject } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { SprintFigures, SprintReportIssue } from '../../../../src/shared/figures';
import { IssueLink } from '../../../common/IssueLink';
import { formatDate } from '../../../common/format';
import { ErrorState, LoadingState } from '../../../common/states';
import { useResolver } from '../../../common/useResolver';
import {
  ADDED_LEGEND,
  ADDED_MARK,
  commitmentLine,
  completedLine,
  countedIn,
  estimateChange,
  groupHeading,
  outcomeGroups,
  reportProblem,
  type OutcomeGroup,
} from './sprintReportText';

const panelStyles = xcss({
  borderColor: 'color.border',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.medium',
  padding: 'space.200',
  backgroundColor: 'elevation.surface.sunken',
  // The browser's own ring is black on light and white on dark; Atlaskit's focus colour instead.
  ':focus-visible': { outlineColor: 'color.border.focused', outlineWidth: 'border.width.focused', outlineStyle: 'solid', outlineOffset: 'space.025' },
});

const HEAD = {
  cells: [
    { key: 'issue', content: 'Issue', width: 20 },
    { key: 'estimate', content: 'Points at start → end', width: 25 },
    { key: 'counted', content: 'Counted in', width: 55 },
  ],
};

function issueRow(issue: SprintReportIssue) {
  const key = (
    <Inline space="space.050" alignBlock="center">
      <IssueLink issueKey={issue.key} />
      {issue.addedDuringSprint && <Text>{ADDED_MARK}</Text>}
    </Inline>
  );
  return {
    key: issue.key,
    cells: [
      { key: 'issue', content: key },
      { key: 'estimate', content: estimateChange(issue) },
      { key: 'counted', content: countedIn(issue) },
    ],
  };
}

function OutcomeTable({ group }: { group: OutcomeGroup }) {
  const title = groupHeading(group);
  return (
    <Stack space="space.100">
      <Heading size="xsmall" as="h4">
        {title}
      </Heading>
      <DynamicTable label={title} head={HEAD} rows={group.issues.map(issueRow)} testId={`sprint-report-${group.outcome}`} />
    </Stack>
  );
}

function Issues({ sprint, problem }: { sprint: SprintFigures; problem: string | null }) {
  const groups = outcomeGroups(sprint.issues);
  // Figures without their issues have a warning saying so; "no issue" would contradict them.
  if (groups.length === 0) return problem === null ? <Text>No issue was in this sprint while it ran, so there is nothing to list.</Text> : null;
  return (
    <Stack space="space.200">
      {groups.map((group) => (
        <OutcomeTable key={group.outcome} group={group} />
      ))}
      {sprint.issues.some((issue) => issue.addedDuringSprint) && (
        <Text size="small" color="color.text.subtle">
          {ADDED_LEGEND}
        </Text>
      )}
    </Stack>
  );
}

/** A sprint the figures came without the issues of (an older one): its report is asked for as it opens. */
function LoadedReport({ sprint, boardId, doneColumn }: { sprint: SprintFigures; boardId: number; doneColumn: string | null }) {
  const { resource, reload } = useResolver('sprint/report', { boardId, sprintId: sprint.id }, 'this sprint’s report');
  if (resource.status === 'loading') return <LoadingState label="Loading the sprint’s issues" />;
  if (resource.status === 'failed') return <ErrorState what={resource.what} error={resource.error} onRetry={() => void reload()} />;
  const loaded = { ...sprint, issues: resource.data.issues };
  return <Report sprint={loaded} doneColumn={doneColumn} />;
}

/** How each total was made, a warning when the issues do not add up to the figures, and the issues. */
function Report({ sprint, doneColumn }: { sprint: SprintFigures; doneColumn: string | null }) {
  const problem = reportProblem(sprint);
  return (
    <Stack space="space.200">
      <Stack space="space.050" testId="sprint-report-totals">
        <Text>{commitmentLine(sprint)}</Text>
        <Text>{completedLine(sprint, doneColumn)}</Text>
      </Stack>
      {problem !== null && (
        <SectionMessage appearance="warning" title="This report does not add up to the sprint’s figures">
          <Text>{problem}</Text>
        </SectionMessage>
      )}
      <Issues sprint={sprint} problem={problem} />
    </Stack>
  );
}

interface SprintReportProps {
  sprint: SprintFigures;
  boardId: number;
  doneColumn: string | null;
  id: string;
  panel: RefObject<HTMLDivElement>;
  onClose: () => void;
}

/** Jira's sprint report for one sprint: how its two figures were made, and its issues by outcome. */
export function SprintReport({ sprint, boardId, doneColumn, id, panel, onClose }: SprintReportProps) {
  const headingId = `${id}-heading`;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  return (
    <Box ref={panel} id={id} tabIndex={-1} role="region" aria-labelledby={headingId} xcss={panelStyles} onKeyDown={onKeyDown} testId="sprint-report">
      <Stack space="space.200">
        <Inline spread="space-between" alignBlock="start" space="space.100">
          <Stack space="space.050">
            <Heading size="small" as="h3" id={headingId}>
              {`Sprint report: ${sprint.name}`}
            </Heading>
            <Text color="color.text.subtle">{`${formatDate(sprint.startDate)} – ${formatDate(sprint.completeDate)}`}</Text>
          </Stack>
          <Button onClick={onClose}>Close</Button>
        </Inline>
        {sprint.issuesOmitted === true ? (
          <LoadedReport sprint={sprint} boardId={boardId} doneColumn={doneColumn} />
        ) : (
          <Report sprint={sprint} doneColumn={doneColumn} />
        )}
      </Stack>
    </Box>
  );
}
