import Button from '@atlaskit/button/new';
import { Box, Inline } from '@atlaskit/primitives';

export interface ToggleOption<V extends string> {
  value: V;
  label: string;
}

/**
 * A small set of mutually exclusive views (points / count): pressed-state buttons in a labelled group,
 * reachable with Tab and operated with Enter or Space like any button.
 */
export function ToggleGroup<V extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly ToggleOption<V>[];
  value: V;
  onChange: (value: V) => void;
}) {
  return (
    <Box role="group" aria-label={label}>
      <Inline space="space.050">
        {options.map((option) => (
          <Button
            key={option.value}
            spacing="compact"
            isSelected={option.value === value}
            aria-pressed={option.value === value}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </Button>
        ))}
      </Inline>
    </Box>
  );
}
