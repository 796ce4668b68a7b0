import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack } from '@atlaskit/primitives';
import { useDialog } from '../../../common/dialogs/useDialog';
import { ErrorState, LoadingState } from '../../../common/states';
import { useResolver } from '../../../common/useResolver';
import { useEpicDetail } from '../epicContext';
import { MilestoneItem, RecordList, RiskItem } from './LinkedRecords';

function LinkedMilestones({ epicKey }: { epicKey: string }) {
  const { resource, reload } = useResolver('roadmap/list', { linkedIssueKey: epicKey }, 'the roadmap items linked to this epic');
  if (resource.status === 'loading') return <LoadingState label="Loading linked roadmap items…" />;
  if (resource.status === 'failed') return <ErrorState what={resource.what} error={resource.error} onRetry={() => void reload()} />;
  return (
    <RecordList label={`Roadmap items linked to ${epicKey}`} empty="No roadmap item links this epic; link it from the Product tab's roadmap.">
      {resource.data.items.map((item) => (
        <MilestoneItem key={item.id} item={item} />
      ))}
    </RecordList>
  );
}

function LinkedRisks({ epicKey }: { epicKey: string }) {
  const { resource, reload } = useResolver('risks/list', { linkedIssueKey: epicKey }, 'the risks linked to this epic');
  // The form opens over the whole issue view (Forge's host modal), not inside the panel's small frame.
  const { open, openFailure } = useDialog(() => void reload());
  if (resource.status === 'loading') return <LoadingState label="Loading linked risks…" />;
  if (resource.status === 'failed') return <ErrorState what={resource.what} error={resource.error} onRetry={() => void reload()} />;
  return (
    <Stack space="space.100">
      <Inline spread="space-between" alignBlock="center">
        <Heading size="xsmall" as="h3">
          {`Risks (${resource.data.items.length})`}
        </Heading>
        {resource.data.canEdit && (
          <Button spacing="compact" onClick={() => open({ dialog: 'risk-form', risk: null, linkedIssueKeys: [epicKey] }, 'Add a risk')} testId="epic-add-risk">
            Add risk
          </Button>
        )}
      </Inline>
      {openFailure}
      <RecordList label={`Risks linked to ${epicKey}`} empty="No risk links this epic yet.">
        {[...resource.data.items]
          .sort((a, b) => b.severity - a.severity)
          .map((risk) => (
            <RiskItem key={risk.id} risk={risk} />
          ))}
      </RecordList>
    </Stack>
  );
}

/** The roadmap items and risks that link this epic, with "Add risk" prefilled with the link. */
export default function EpicLinksSection() {
  const epic = useEpicDetail();
  return (
    <Stack space="space.200">
      <Heading size="small" as="h2">
        Linked to this epic
      </Heading>
      <Stack space="space.100">
        <Heading size="xsmall" as="h3">
          Roadmap items
        </Heading>
        <LinkedMilestones epicKey={epic.key} />
      </Stack>
      <LinkedRisks epicKey={epic.key} />
    </Stack>
  );
}
