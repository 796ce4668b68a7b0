import { useEffect, useState } from 'react';
import { view } from '@forge/bridge';

/** The viewer's Atlassian account id, from the Forge context: "Assign to me" on an owner field, "You" in a list. */
export function useViewerAccountId(): string | null {
  const [accountId, setAccountId] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    view
      .getContext()
      .then((context) => {
        if (current) setAccountId(typeof context.accountId === 'string' ? context.accountId : null);
      })
      .catch(() => {
        // Without it the owner can still be left empty or kept; "Assign to me" is offered once it is known.
      });
    return () => {
      current = false;
    };
  }, []);
  return accountId;
}
