import { useMemo, useState } from 'react';
import { AsyncSelect } from '@atlaskit/select';
import { rememberName } from './userNames';
import { debouncedUserSearch, type UserOption } from './userSearch';
import { useUserNames } from './useUserNames';

export interface UserPickerProps {
  inputId: string;
  /** The chosen person's account id; '' for nobody. */
  value: string;
  onChange: (accountId: string) => void;
  onBlur?: () => void;
  isInvalid?: boolean;
  testId: string;
}

/**
 * Picks one person of the Jira site by typing part of their name (`users/search`, debounced, as the
 * viewer, so Jira shows only the people they may see). Clearable: nobody is a valid choice. The
 * chosen person shows by name; an account id it starts with is named through the page's name cache.
 */
export function UserPicker({ inputId, value, onChange, onBlur, isInvalid, testId }: UserPickerProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const loadOptions = useMemo(() => debouncedUserSearch(setFailure), []);
  const nameOf = useUserNames([value]);
  const selected: UserOption | null = value === '' ? null : { value, label: nameOf(value) };
  const choose = (option: UserOption | null) => {
    if (option !== null) rememberName(option.value, option.label);
    onChange(option?.value ?? '');
  };
  return (
    <AsyncSelect<UserOption>
      inputId={inputId}
      value={selected}
      loadOptions={loadOptions}
      onChange={choose}
      onBlur={onBlur}
      isInvalid={isInvalid}
      isClearable
      placeholder="Type part of a name"
      loadingMessage={() => 'Looking for people…'}
      noOptionsMessage={({ inputValue }) =>
        failure ?? (inputValue.trim() === '' ? 'Type part of a name to find a person' : `No one on this site matches “${inputValue.trim()}”`)
      }
      menuPosition="fixed"
      // Opens upwards when the frame has no room below (the review's note form sits low on the page).
      menuPlacement="auto"
      testId={testId}
    />
  );
}
