import type { SiteUser } from '../../../src/shared/users';
import { callResolver } from '../resolvers';

/** A person as the picker's menu lists them. */
export interface UserOption {
  value: string;
  label: string;
}

/** Typing pauses this long before Jira is asked, so a name typed fast is one search, not one per letter. */
export const SEARCH_DELAY_MS = 250;

const optionOf = (user: SiteUser): UserOption => ({ value: user.accountId, label: user.displayName });

/**
 * A debounced `users/search`: each call supersedes the one before it still waiting (that one answers
 * no one, and the select shows only the latest answer anyway). `onFailure` hears why a search failed,
 * or null when one succeeds.
 */
export function debouncedUserSearch(onFailure: (message: string | null) => void): (input: string) => Promise<UserOption[]> {
  let waiting: { timer: ReturnType<typeof setTimeout>; resolve: (options: UserOption[]) => void } | null = null;
  return (input) => {
    if (waiting !== null) {
      clearTimeout(waiting.timer);
      waiting.resolve([]);
      waiting = null;
    }
    const query = input.trim();
    if (query === '') return Promise.resolve([]);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiting = null;
        void callResolver('users/search', { query }).then((result) => {
          onFailure(result.ok ? null : result.error.message);
          resolve(result.ok ? result.data.users.map(optionOf) : []);
        });
      }, SEARCH_DELAY_MS);
      waiting = { timer, resolve };
    });
  };
}
