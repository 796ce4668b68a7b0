import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { EpicSummary } from '../../../../src/shared/api';
import { FigureTable } from '../../../common/FigureTable';
import { ActionError, EmptyMessage } from '../../../common/states';
import { useProductFigures, WithFigures } from '../figures';
import { BulkTagBar } from './BulkTagBar';
import { epicHead, epicRow } from './epicRows';
import { useBulkTagging, type TagStatus } from './useBulkTagging';

const ROWS_PER_PAGE = 20;

function AllTagged() {
  return (
    <SectionMessage appearance="success" title="Every epic has a work category">
      <Text>To change one, open the epic and choose in its Product work category panel.</Text>
    </SectionMessage>
  );
}

function NoneTaggedYet() {
  return (
    <SectionMessage appearance="information" title="No epic has a work category yet">
      <Text>
        Select the epics below (or all of them), choose Feature, Defect, Risk or Debt, then Tag. Their stories, tasks and bugs take the epic's type, and the
        workload chart splits by it.
      </Text>
    </SectionMessage>
  );
}

function TagOutcome({ status, onDismiss }: { status: TagStatus; onDismiss: () => void }) {
  if (status.kind === 'done') {
    return (
      <SectionMessage appearance="success">
        <Text>{status.message}</Text>
      </SectionMessage>
    );
  }
  return status.kind === 'failed' ? <ActionError action="tag the epics" error={status.error} onDismiss={onDismiss} /> : null;
}

function ReadOnlyNote() {
  return (
    <SectionMessage appearance="information" title="You can see work categories here, not change them">
      <Text>Tagging epics needs the Edit Issues permission on this project; ask a project admin or the product owner.</Text>
    </SectionMessage>
  );
}

function EpicsTable({ epics, canEdit }: { epics: EpicSummary[]; canEdit: boolean }) {
  const { reload, watchForNewFigures } = useProductFigures();
  const untagged = canEdit ? epics.filter((epic) => epic.workType === 'untagged').map((epic) => epic.key) : [];
  // The tag queues a refresh of the project's snapshot: reload what is stored now, then watch for the refreshed figures.
  const tagging = useBulkTagging(untagged, async () => {
    await reload();
    watchForNewFigures();
  });
  const { status } = tagging;
  return (
    <Stack space="space.200">
      {!canEdit && <ReadOnlyNote />}
      {canEdit && untagged.length === epics.length && status.kind === 'idle' && <NoneTaggedYet />}
      {!canEdit ? null : untagged.length > 0 ? (
        <BulkTagBar
          selectedCount={tagging.chosen.length}
          untaggedCount={untagged.length}
          isSaving={status.kind === 'saving'}
          onSelectAllUntagged={tagging.selectAll}
          onClear={tagging.clear}
          onTag={tagging.tag}
        />
      ) : (
        status.kind !== 'done' && <AllTagged />
      )}
      <TagOutcome status={status} onDismiss={tagging.dismiss} />
      <FigureTable
        title={`Epics of this project (${epics.length}), ${epics.filter((epic) => epic.workType === 'untagged').length} untagged`}
        head={epicHead(untagged.length > 0)}
        rows={epics.map((epic) => epicRow(epic, untagged.length > 0 ? tagging.selection : null))}
        rowsPerPage={ROWS_PER_PAGE}
        defaultSortKey="type"
        defaultSortOrder="DESC"
        testId="epics-table"
      />
    </Stack>
  );
}

/** The project's epics with their work category and how it was decided; untagged ones can be tagged in bulk. */
export default function EpicsSection() {
  return (
    <WithFigures>
      {(overview) =>
        overview.epics.length === 0 ? (
          <EmptyMessage
            title="No epics in this project"
            whatToDo="Work categories are set on epics. Create epics in this project and make them the parent of its stories, tasks and bugs; then tag each epic here or in its Product work category panel."
          />
        ) : (
          <EpicsTable epics={overview.epics} canEdit={overview.canEdit} />
        )
      }
    </WithFigures>
  );
}
