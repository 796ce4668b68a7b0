import { useEffect, useSyncExternalStore } from 'react';
import { knownName, nameUnavailable, namesVersion, requestNames, subscribeToNames } from './userNames';

/** What a person's name reads as before it arrives, and when Jira does not know the account. */
export const NAME_LOADING = '…';
export const UNKNOWN_USER = 'Unknown user';
export const NAME_UNAVAILABLE = 'Name unavailable';

/**
 * People's display names for `accountIds`, from the page's shared cache (`users/names` asked once per
 * id, the ids of every owner on screen together). Returns a function from an account id to what to
 * show: the name, `…` while it is on its way, "Unknown user" for an account Jira does not know, or
 * "Name unavailable" when asking failed.
 */
export function useUserNames(accountIds: readonly (string | undefined)[]): (accountId: string) => string {
  useSyncExternalStore(subscribeToNames, namesVersion);
  const wanted = accountIds.filter((accountId): accountId is string => accountId !== undefined && accountId !== '');
  const key = wanted.join(',');
  useEffect(() => {
    requestNames(key === '' ? [] : key.split(','));
  }, [key]);
  return (accountId) => {
    const name = knownName(accountId);
    if (name === undefined) return nameUnavailable(accountId) ? NAME_UNAVAILABLE : NAME_LOADING;
    return name ?? UNKNOWN_USER;
  };
}
