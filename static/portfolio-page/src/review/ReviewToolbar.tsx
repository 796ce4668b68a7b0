import { Inline, Stack, Text } from '@atlaskit/primitives';
import { WORK_BUCKETS } from '../../../../src/shared/workTypes';
import { BUCKET_LABELS } from '../../../common/bucketLabels';
import { ToggleGroup, type ToggleOption } from '../../../common/ToggleGroup';
import { VIEW_KEYS, VIEWS, type ViewKey } from './columns';
import type { FlowBucket } from './reviewRows';
import type { ReviewView } from './useReviewView';

const VIEW_OPTIONS: ToggleOption<ViewKey>[] = VIEW_KEYS.map((key) => ({ value: key, label: VIEWS[key].label }));
const BUCKET_OPTIONS: ToggleOption<FlowBucket>[] = [
  { value: 'all', label: 'All work' },
  ...WORK_BUCKETS.map((bucket) => ({ value: bucket, label: BUCKET_LABELS[bucket] })),
];

function Labelled({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap>
      <Text size="small" weight="semibold" color="color.text.subtle">
        {label}
      </Text>
      {children}
    </Inline>
  );
}

/** Which products (all, or only the exceptions), which figures, and for flow which work category. */
export function ReviewToolbar({ view, total, exceptions }: { view: ReviewView; total: number; exceptions: number }) {
  const shown: ToggleOption<'all' | 'exceptions'>[] = [
    { value: 'all', label: `All products (${total})` },
    { value: 'exceptions', label: `Only products with signals (${exceptions})` },
  ];
  return (
    <Stack space="space.100">
      <Inline space="space.300" rowSpace="space.100" alignBlock="center" shouldWrap>
        <Labelled label="Show">
          <ToggleGroup
            label="Products shown"
            options={shown}
            value={view.onlyExceptions ? 'exceptions' : 'all'}
            onChange={(value) => view.setOnlyExceptions(value === 'exceptions')}
          />
        </Labelled>
        <Labelled label="Figures">
          <ToggleGroup label="Figures shown" options={VIEW_OPTIONS} value={view.view} onChange={view.setView} />
        </Labelled>
      </Inline>
      {view.view === 'flow' && (
        <Labelled label="Work category">
          <ToggleGroup label="Work category of the flow figures" options={BUCKET_OPTIONS} value={view.bucket} onChange={view.setBucket} />
        </Labelled>
      )}
    </Stack>
  );
}
