import { useState } from 'react';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { EpicDetail } from '../../../src/shared/api';
import type { ResolverError } from '../../../src/shared/result';
import type { WorkType } from '../../../src/shared/workTypes';
import { PageFrame } from '../../common/boot';
import { formatPointsText } from '../../common/format';
import { callResolver } from '../../common/resolvers';
import { ActionError, ErrorState, LoadingState } from '../../common/states';
import { LazySections } from '../../common/LazySections';
import { useResolver } from '../../common/useResolver';
import { BUCKET_STYLES, SOURCE_LABELS } from '../../common/workTypeStyle';
import { EpicDetailContext } from './epicContext';
import { EPIC_PANEL_SECTIONS } from './sections';
import { WorkTypeChoice } from './WorkTypeChoice';

/** Why the epic has its type, or, untagged, what happens next. */
function describeSource(epic: EpicDetail): string {
  if (epic.workType !== 'untagged') return `Decided by: ${SOURCE_LABELS[epic.source]}`;
  return epic.canEdit ? 'Choose one below; its stories, tasks and bugs inherit it.' : 'Not tagged yet; someone who can edit issues here can choose one.';
}

function CurrentType({ epic }: { epic: EpicDetail }) {
  const style = BUCKET_STYLES[epic.workType];
  return (
    <Stack space="space.050">
      <Inline space="space.100" alignBlock="center">
        <Text weight="bold">Work category</Text>
        <Lozenge appearance={style.lozenge} isBold testId="epic-work-type">
          {style.label}
        </Lozenge>
        <Text size="small" color="color.text.subtle">
          {describeSource(epic)}
        </Text>
      </Inline>
      <Text size="small" color="color.text.subtle">
        Delivered{' '}
        <Text weight="bold" size="small">
          {formatPointsText(epic.deliveredPoints)}
        </Text>{' '}
        · remaining{' '}
        <Text weight="bold" size="small">
          {formatPointsText(epic.remainingPoints)}
        </Text>{' '}
        (story points of its standard issues)
      </Text>
    </Stack>
  );
}

function ReadOnlyNote() {
  return (
    <SectionMessage appearance="information">
      <Text>You can see this epic's work category but not change it: that needs the Edit Issues permission in this project.</Text>
    </SectionMessage>
  );
}

function EpicWorkType({ epic, onSaved }: { epic: EpicDetail; onSaved: (epic: EpicDetail) => void }) {
  const [saving, setSaving] = useState<WorkType | null>(null);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const choose = async (workType: WorkType) => {
    setSaving(workType);
    setFailure(null);
    const result = await callResolver('epic/tag', { workType });
    setSaving(null);
    if (result.ok) onSaved(result.data);
    else setFailure(result.error);
  };
  return (
    <EpicDetailContext.Provider value={epic}>
      <EpicWorkTypeBody epic={epic} saving={saving} failure={failure} onDismiss={() => setFailure(null)} onChoose={(type) => void choose(type)} />
    </EpicDetailContext.Provider>
  );
}

interface BodyProps {
  epic: EpicDetail;
  saving: WorkType | null;
  failure: ResolverError | null;
  onDismiss: () => void;
  onChoose: (workType: WorkType) => void;
}

function EpicWorkTypeBody({ epic, saving, failure, onDismiss, onChoose }: BodyProps) {
  return (
    <Stack space="space.200">
      <CurrentType epic={epic} />
      {!epic.canEdit && <ReadOnlyNote />}
      {failure && <ActionError action="save the work category" error={failure} onDismiss={onDismiss} />}
      <WorkTypeChoice current={epic.workType} saving={saving} canEdit={epic.canEdit} onChoose={onChoose} />
      <LazySections sections={EPIC_PANEL_SECTIONS} />
    </Stack>
  );
}

/** The epic panel (`jira:issuePanel` on epics): the epic comes from the Forge context. */
export function EpicPanel() {
  const { resource, reload, replace } = useResolver('epic/get', {}, "this epic's work category");
  return (
    <PageFrame compact>
      {resource.status === 'loading' && <LoadingState label="Loading this epic's work category…" />}
      {resource.status === 'failed' && <ErrorState what={resource.what} error={resource.error} onRetry={() => void reload()} />}
      {resource.status === 'ready' && <EpicWorkType epic={resource.data} onSaved={replace} />}
    </PageFrame>
  );
}
