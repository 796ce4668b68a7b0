import Button from '@atlaskit/button/new';
import { Field } from '@atlaskit/form';
import { Box, Inline, xcss } from '@atlaskit/primitives';
import { FieldMessage } from '../recordForm';
import { UserPicker } from './UserPicker';

const pickerStyles = xcss({ flexGrow: 1, minWidth: '12rem' });

export interface OwnerFieldProps {
  /** The form value's name; the value is an account id, '' for nobody. */
  name: string;
  defaultValue: string;
  help?: string;
  testId: string;
  /** The viewer's account id, to offer "Assign to me"; absent when the page does not know it. */
  me?: string | null;
}

/** An optional owner, picked from the site's people by name; the server's check of the account shows on it too. */
export function OwnerField({ name, defaultValue, help, testId, me }: OwnerFieldProps) {
  return (
    <Field name={name} label="Owner" defaultValue={defaultValue}>
      {({ fieldProps: { id, value, onChange, onBlur, isInvalid }, error }) => (
        <>
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <Box xcss={pickerStyles}>
              <UserPicker inputId={id} value={value} onChange={onChange} onBlur={onBlur} isInvalid={isInvalid} testId={testId} />
            </Box>
            {me && value !== me && (
              <Button spacing="compact" onClick={() => onChange(me)} testId={`${testId}-me`}>
                Assign to me
              </Button>
            )}
          </Inline>
          <FieldMessage error={error} help={help} />
        </>
      )}
    </Field>
  );
}
