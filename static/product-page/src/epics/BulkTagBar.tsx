import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { WORK_TYPES, type WorkType } from '../../../../src/shared/workTypes';
import { ToggleGroup } from '../../../common/ToggleGroup';
import { BUCKET_STYLES } from '../../../common/workTypeStyle';

const WORK_TYPE_OPTIONS = WORK_TYPES.map((type) => ({ value: type, label: BUCKET_STYLES[type].label }));

const barStyles = xcss({
  backgroundColor: 'elevation.surface.sunken',
  borderRadius: 'radius.medium',
  padding: 'space.150',
});

interface BulkTagBarProps {
  selectedCount: number;
  untaggedCount: number;
  isSaving: boolean;
  onSelectAllUntagged: () => void;
  onClear: () => void;
  onTag: (workType: WorkType) => void;
}

/** Picks a work category for the selected untagged epics and saves it to all of them at once. */
export function BulkTagBar({ selectedCount, untaggedCount, isSaving, onSelectAllUntagged, onClear, onTag }: BulkTagBarProps) {
  const [workType, setWorkType] = useState<WorkType>('feature');
  return (
    <Box xcss={barStyles} role="region" aria-label="Tag selected epics">
      <Stack space="space.100">
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Text weight="bold">{selectedCount === 0 ? 'No epic selected' : `${selectedCount} ${selectedCount === 1 ? 'epic' : 'epics'} selected`}</Text>
          <Button spacing="compact" appearance="subtle" onClick={onSelectAllUntagged} isDisabled={untaggedCount === 0}>
            Select all {untaggedCount} untagged
          </Button>
          <Button spacing="compact" appearance="subtle" onClick={onClear} isDisabled={selectedCount === 0}>
            Clear selection
          </Button>
        </Inline>
        <Inline space="space.150" alignBlock="center" shouldWrap>
          <ToggleGroup label="Work category to set" options={WORK_TYPE_OPTIONS} value={workType} onChange={setWorkType} />
          <Text size="small" color="color.text.subtle">
            {BUCKET_STYLES[workType].meaning}
          </Text>
        </Inline>
        <Inline>
          <Button appearance="primary" isDisabled={selectedCount === 0} isLoading={isSaving} onClick={() => onTag(workType)} testId="bulk-tag-button">
            {`Tag ${selectedCount === 0 ? '' : `${selectedCount} `}as ${BUCKET_STYLES[workType].label}`}
          </Button>
        </Inline>
      </Stack>
    </Box>
  );
}
