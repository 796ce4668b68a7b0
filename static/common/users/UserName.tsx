import { Text } from '@atlaskit/primitives';
import { useUserNames } from './useUserNames';

/** A person's display name in place of their account id; `none` when there is nobody. */
export function UserName({ accountId, none = '—' }: { accountId: string | undefined; none?: string }) {
  const nameOf = useUserNames([accountId]);
  if (accountId === undefined || accountId === '') return <Text color="color.text.subtlest">{none}</Text>;
  return <Text>{nameOf(accountId)}</Text>;
}
