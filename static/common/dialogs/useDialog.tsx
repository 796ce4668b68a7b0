import { useState } from 'react';
import SectionMessage from '@atlaskit/section-message';
import { Text } from '@atlaskit/primitives';
import type { DialogRequest } from './dialogRequest';
import { openDialog } from './openDialog';

/**
 * Opens a page's dialogs in Forge's host modal and reloads the page's records (`onChanged`) when one
 * saved or deleted something. `openFailure` says so on the page when the host could not open it.
 */
export function useDialog(onChanged: () => void) {
  const [failed, setFailed] = useState<string | null>(null);
  const open = (request: DialogRequest, title: string) => {
    setFailed(null);
    openDialog(request)
      .then((outcome) => {
        if (outcome.changed) onChanged();
      })
      .catch(() => setFailed(title));
  };
  const openFailure = failed && (
    <SectionMessage appearance="error" title={`“${failed}” did not open`} testId="dialog-open-failure">
      <Text>Jira could not open the dialog. Reload the page and try again.</Text>
    </SectionMessage>
  );
  return { open, openFailure };
}
