import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import { formatMonthName, previousMonth } from '../../../common/format';
import { ErrorState, LoadingState } from '../../../common/states';
import { usePortfolio } from '../portfolioContext';
import { reviewMonth, siteToday } from '../review/reviewTitle';
import { ProductNotes } from './ProductNotes';
import { useViewerAccountId } from '../../../common/users/useViewerAccountId';
import { useReviewNotes } from './useReviewNotes';

/** A product whose stored notes could not be read: said in its place, so the other products' notes stay usable. */
function UnreadableNotes({ projectName, message }: { projectName: string; message: string }) {
  return (
    <SectionMessage appearance="warning" title={`${projectName}: the review notes could not be read`}>
      <Text>{message}</Text>
    </SectionMessage>
  );
}

function NotesOfMonths({ month, lastMonth }: { month: string; lastMonth: string }) {
  const { overview, rows, openProduct } = usePortfolio();
  const { resource, reload, upsert, remove } = useReviewNotes([lastMonth, month]);
  const viewerAccountId = useViewerAccountId();
  if (resource.status === 'loading') return <LoadingState label="Loading the review notes…" />;
  if (resource.status === 'failed') return <ErrorState what="the review notes" error={resource.error} onRetry={() => void reload()} />;
  const today = siteToday(overview);
  return (
    <Stack space="space.150">
      {rows.map((row) => {
        const unreadable = resource.unreadable[row.projectKey];
        if (unreadable !== undefined) return <UnreadableNotes key={row.projectKey} projectName={row.projectName} message={unreadable} />;
        return (
          <ProductNotes
            key={row.projectKey}
            projectKey={row.projectKey}
            projectName={row.projectName}
            notes={resource.notes}
            month={month}
            lastMonth={lastMonth}
            today={today}
            viewerAccountId={viewerAccountId}
            onOpen={openProduct}
            onSaved={upsert}
            onDeleted={remove}
          />
        );
      })}
    </Stack>
  );
}

/**
 * Decisions: per product, what this month's review decided and the action it set (owner, due date,
 * state), and last month's with their state, so the review follows its actions up. Stored as records:
 * anyone who may browse a product reads and writes its notes, and only they do.
 */
export default function NotesSection() {
  const { overview } = usePortfolio();
  const month = reviewMonth(overview);
  return (
    <Stack space="space.150" testId="decisions">
      <Stack space="space.050">
        <Heading size="small" as="h2">
          Decisions
        </Heading>
        <Text color="color.text.subtle">
          {month
            ? `What the ${formatMonthName(month)} review decided for each product and the actions it set, with ${formatMonthName(previousMonth(month))}'s actions and where they stand. Everyone who can browse a product sees its notes.`
            : 'The review notes show once a product’s figures are in.'}
        </Text>
      </Stack>
      {month && <NotesOfMonths month={month} lastMonth={previousMonth(month)} />}
    </Stack>
  );
}
