import { RadioGroup } from '@atlaskit/radio';
import { Stack, Text } from '@atlaskit/primitives';
import type { HeatBasis } from './riskFilter';

const OPTIONS = [
  { name: 'heat-basis', value: 'inherent', label: 'Inherent (before mitigation)', testId: 'heat-basis-inherent' },
  { name: 'heat-basis', value: 'residual', label: 'Residual (after mitigation)', testId: 'heat-basis-residual' },
];

/** Which assessment the heat map places risks by; a risk without a residual one stays at its inherent cell. */
export function BasisSwitch({ basis, onChange }: { basis: HeatBasis; onChange: (basis: HeatBasis) => void }) {
  return (
    <Stack space="space.050">
      {/* Names the radio group (aria-labelledby); a <label> would need one input to point at. */}
      <Text id="heat-basis-label" weight="bold" size="small" color="color.text.subtle">
        Heat map shows
      </Text>
      <RadioGroup
        labelId="heat-basis-label"
        options={OPTIONS}
        value={basis}
        onChange={(event) => onChange(event.currentTarget.value === 'residual' ? 'residual' : 'inherent')}
      />
    </Stack>
  );
}
