import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { Box, Grid, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { RoadmapItemView } from '../../../../src/shared/records';
import { MiniShareBar } from '../../../common/charts/MiniShareBar';
import { formatMonth, formatPoints, formatPointsText, formatShare } from '../../../common/format';
import { formatCount } from '../../../common/format';
import { IssueLink } from '../../../common/IssueLink';
import { statusLozenge } from '../../../common/roadmapStatus';

const monthStyles = xcss({
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  borderRadius: 'radius.small',
  padding: 'space.150',
  minHeight: '6rem',
  breakInside: 'avoid',
});
// The current month stands out by its border, and says "now" in words for screen readers and print.
const nowStyles = xcss({ borderColor: 'color.border.selected', borderWidth: 'border.width.selected' });
// A lozenge keeps its whole label: a long title wraps instead of squeezing "At risk" to "At…".
const lozengeStyles = xcss({ flexShrink: 0 });
const cardStyles = xcss({ backgroundColor: 'elevation.surface.sunken', borderRadius: 'radius.small', padding: 'space.100' });

function Progress({ item }: { item: RoadmapItemView }) {
  const { ratio, donePoints, totalPoints } = item.progress;
  const none = item.linkedIssueKeys.length === 0 ? 'No epic linked: link epics to see progress' : 'No progress yet: the linked epics carry no points';
  const text = ratio === null ? none : `${formatShare(ratio)} done (${formatPoints(donePoints)} of ${formatPointsText(totalPoints)})`;
  const shares =
    ratio === null
      ? null
      : [
          { key: 'done', fill: token('color.background.success.bold'), share: ratio, label: 'Done' },
          { key: 'left', fill: token('color.background.neutral'), share: 1 - ratio, label: 'Remaining' },
        ];
  return (
    <Stack space="space.050">
      <MiniShareBar shares={shares} description={text} width={200} />
      <Text size="small" color="color.text.subtle">
        {text}
      </Text>
    </Stack>
  );
}

export interface MilestoneActions {
  onEdit: (item: RoadmapItemView) => void;
  onDelete: (item: RoadmapItemView) => void;
}

function LinkedEpics({ keys }: { keys: readonly string[] }) {
  if (keys.length === 0) return null;
  return (
    <Inline space="space.075" shouldWrap alignBlock="center">
      <Text size="small" color="color.text.subtle">
        Epics:
      </Text>
      {keys.map((key) => (
        <IssueLink key={key} issueKey={key} />
      ))}
    </Inline>
  );
}

function Milestone({ item, actions, now }: { item: RoadmapItemView; actions: MilestoneActions | null; now: string }) {
  const status = statusLozenge(item, now);
  return (
    <Box xcss={cardStyles} testId={`milestone-${item.id}`}>
      <Stack space="space.075">
        <Inline space="space.100" alignBlock="start" spread="space-between">
          <Text weight="bold">{item.title}</Text>
          <Box xcss={lozengeStyles}>
            <Lozenge appearance={status.appearance} maxWidth="none" testId={`milestone-status-${item.id}`}>
              {status.label}
            </Lozenge>
          </Box>
        </Inline>
        {item.outcome && <Text size="small">{item.outcome}</Text>}
        <Progress item={item} />
        <LinkedEpics keys={item.linkedIssueKeys} />
        {actions && (
          <div className="roadmap-no-print">
            <Inline space="space.050">
              <Button spacing="compact" onClick={() => actions.onEdit(item)} aria-label={`Edit milestone ${item.title}`}>
                Edit
              </Button>
              <Button spacing="compact" appearance="subtle" onClick={() => actions.onDelete(item)} aria-label={`Delete milestone ${item.title}`}>
                Delete
              </Button>
            </Inline>
          </div>
        )}
      </Stack>
    </Box>
  );
}

/** The fiscal year as 12 month boxes (3 rows of 4), each milestone in its target month. */
export function MonthGrid({ months, items, actions, now }: { months: string[]; items: RoadmapItemView[]; actions: MilestoneActions | null; now: string }) {
  return (
    <Grid templateColumns="repeat(4, minmax(0, 1fr))" gap="space.150" testId="roadmap-months">
      {months.map((month) => {
        const inMonth = items.filter((item) => item.targetMonth === month);
        const isNow = month === now;
        const name = isNow ? `${formatMonth(month)} (now)` : formatMonth(month);
        return (
          <Box
            key={month}
            xcss={[monthStyles, isNow && nowStyles]}
            as="section"
            aria-label={`${name}: ${formatCount(inMonth.length, 'milestone', 'milestones')}`}
            testId={isNow ? 'roadmap-now' : undefined}
          >
            <Stack space="space.100">
              <Heading size="xxsmall" as="h3">
                {name}
              </Heading>
              {inMonth.length === 0 ? (
                <Text size="small" color="color.text.subtlest">
                  No milestone
                </Text>
              ) : (
                inMonth.map((item) => <Milestone key={item.id} item={item} actions={actions} now={now} />)
              )}
            </Stack>
          </Box>
        );
      })}
    </Grid>
  );
}
