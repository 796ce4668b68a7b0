import Select from '@atlaskit/select';
import { Label } from '@atlaskit/form';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import type { Option } from './recordForm';

const selectWidth = xcss({ minWidth: '10rem' });

/** A labelled single choice that narrows a list; "All …" is one of `options`. */
export function FilterSelect<V extends string>({
  id,
  label,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  options: readonly Option<V>[];
  value: V;
  onChange: (value: V) => void;
}) {
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      <Box xcss={selectWidth}>
        <Select<Option<V>>
          inputId={id}
          options={[...options]}
          value={options.find((option) => option.value === value) ?? null}
          onChange={(option) => option && onChange(option.value)}
          isSearchable={false}
          spacing="compact"
          testId={id}
        />
      </Box>
    </Stack>
  );
}
