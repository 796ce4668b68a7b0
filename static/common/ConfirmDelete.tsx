import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Stack, Text } from '@atlaskit/primitives';
import type { ResolverError, ResolverResult } from '../../src/shared/result';
import { DialogLayout } from './dialogs/DialogLayout';
import { SaveFailure } from './recordForm';

export interface ConfirmDeleteProps {
  what: string;
  name: string;
  /** What deleting does, in words: "“…” will be removed from the register. Its history is kept." */
  consequence: string;
  onConfirm: () => Promise<ResolverResult<unknown>>;
  onDeleted: () => void;
  onClose: () => void;
}

/** Asks before deleting a record; a failure (someone changed it meanwhile) stays in the dialog. */
export function ConfirmDelete({ what, name, consequence, onConfirm, onDeleted, onClose }: ConfirmDeleteProps) {
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const confirm = async () => {
    setDeleting(true);
    const result = await onConfirm();
    setDeleting(false);
    if (result.ok) onDeleted();
    else setFailure(result.error);
  };
  const footer = (
    <>
      <Button appearance="subtle" onClick={onClose}>
        Cancel
      </Button>
      <Button appearance="danger" isLoading={deleting} onClick={() => void confirm()} testId="confirm-delete-button">
        Delete
      </Button>
    </>
  );
  return (
    <DialogLayout title={`Delete this ${what}?`} testId="confirm-delete" onClose={onClose} footer={footer}>
      <Stack space="space.100">
        <Text>{`“${name}” ${consequence}`}</Text>
        {failure && <SaveFailure error={failure} what={what} />}
      </Stack>
    </DialogLayout>
  );
}
