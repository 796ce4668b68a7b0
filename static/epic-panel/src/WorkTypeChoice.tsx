import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { WORK_TYPES, type WorkBucket, type WorkType } from '../../../src/shared/workTypes';
import { BUCKET_STYLES } from '../../common/workTypeStyle';

const optionStyles = xcss({ minWidth: '5.5rem' });

interface WorkTypeChoiceProps {
  current: WorkBucket;
  /** The type being saved, to show progress on that button only. */
  saving: WorkType | null;
  canEdit: boolean;
  onChoose: (workType: WorkType) => void;
}

/**
 * The four work categories with their meanings; one click saves. Read-only viewers see the same list
 * (so the meanings still explain the current tag) without buttons.
 */
export function WorkTypeChoice({ current, saving, canEdit, onChoose }: WorkTypeChoiceProps) {
  return (
    <Stack space="space.100" role="group" aria-label="Work category of this epic">
      {WORK_TYPES.map((type) => {
        const style = BUCKET_STYLES[type];
        const isCurrent = current === type;
        return (
          <Inline key={type} space="space.150" alignBlock="center">
            <Box xcss={optionStyles}>
              {canEdit ? (
                <Button
                  isSelected={isCurrent}
                  aria-pressed={isCurrent}
                  isLoading={saving === type}
                  isDisabled={saving !== null && saving !== type}
                  onClick={() => onChoose(type)}
                  shouldFitContainer
                  testId={`choose-${type}`}
                >
                  {style.label}
                </Button>
              ) : (
                <Text weight={isCurrent ? 'bold' : 'regular'}>{style.label}</Text>
              )}
            </Box>
            <Text size="small" color={isCurrent ? 'color.text' : 'color.text.subtle'}>
              {style.meaning}
            </Text>
          </Inline>
        );
      })}
    </Stack>
  );
}
