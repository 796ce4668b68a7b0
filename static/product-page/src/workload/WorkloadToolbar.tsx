import type { ReactNode } from 'react';
import { Inline, Text } from '@atlaskit/primitives';
import { ToggleGroup } from '../../../common/ToggleGroup';
import { MEASURE_OPTIONS, scaleOptions, type Measure, type Scale } from './measure';

// A visible word before each group, as on the Portfolio review's toolbar: two rows of pressed buttons
// side by side otherwise read as one choice.
function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Inline space="space.100" alignBlock="center">
      <Text size="small" weight="semibold" color="color.text.subtle">
        {label}
      </Text>
      {children}
    </Inline>
  );
}

/** How the workload chart draws each month (shares or amounts) and what it weighs work by. */
export function WorkloadToolbar({
  measure,
  scale,
  onMeasure,
  onScale,
}: {
  measure: Measure;
  scale: Scale;
  onMeasure: (measure: Measure) => void;
  onScale: (scale: Scale) => void;
}) {
  return (
    <Inline space="space.300" rowSpace="space.100" alignBlock="center" shouldWrap>
      <Labelled label="Show">
        <ToggleGroup label="Show each month as" options={scaleOptions(measure)} value={scale} onChange={onScale} />
      </Labelled>
      <Labelled label="Weigh by">
        <ToggleGroup label="Weigh work by" options={MEASURE_OPTIONS} value={measure} onChange={onMeasure} />
      </Labelled>
    </Inline>
  );
}
