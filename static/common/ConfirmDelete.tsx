import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { Stack, Text } from '@atlaskit/primitives';
import type { ResolverError, ResolverResult } from '../../src/shared/result';
import { SaveFailure } from './recordForm';

/** Asks before deleting a record; a failure (someone changed it meanwhile) stays in the dialog. */
export function ConfirmDelete({
  what,
  name,
  onConfirm,
  onDeleted,
  onClose,
}: {
  what: string;
  name: string;
  onConfirm: () => Promise<ResolverResult<unknown>>;
  onDeleted: () => void;
  onClose: () => void;
}) {
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const confirm = async () => {
    setDeleting(true);
    const result = await onConfirm();
    setDeleting(false);
    if (result.ok) onDeleted();
    else setFailure(result.error);
  };
  return (
    <Modal onClose={onClose} label={`Delete this ${what}?`} testId="confirm-delete">
      <ModalHeader hasCloseButton>
        <ModalTitle appearance="danger">{`Delete this ${what}?`}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <Stack space="space.100">
          <Text>“{name}” will be removed from the register. Its history is kept.</Text>
          {failure && <SaveFailure error={failure} what={what} />}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={onClose}>
          Cancel
        </Button>
        <Button appearance="danger" isLoading={deleting} onClick={() => void confirm()} testId="confirm-delete-button">
          Delete
        </Button>
      </ModalFooter>
    </Modal>
  );
}
