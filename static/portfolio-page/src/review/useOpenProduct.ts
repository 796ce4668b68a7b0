import { useState } from 'react';
import type { ResolverError } from '../../../../src/shared/result';
import { openProductTab } from '../../../common/navigation';

/** Opens a product's Product tab through the host; a refusal shows as an error the reader can dismiss. */
export function useOpenProduct() {
  const [navigationError, setNavigationError] = useState<ResolverError | null>(null);
  const open = (projectKey: string) => {
    openProductTab(projectKey).catch((reason: unknown) =>
      setNavigationError({
        code: 'INTERNAL',
        message: `Jira did not open the Product tab of ${projectKey}: ${reason instanceof Error ? reason.message : String(reason)}`,
      }),
    );
  };
  return { open, navigationError, dismiss: () => setNavigationError(null) };
}
