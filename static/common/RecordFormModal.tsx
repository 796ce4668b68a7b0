import { useState, type ReactNode } from 'react';
import Form, { ErrorMessage, HelperMessage } from '@atlaskit/form';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { Stack } from '@atlaskit/primitives';
import type { ResolverError, ResolverResult } from '../../src/shared/result';
import { fieldErrorOf, FormButtons, SaveFailure } from './recordForm';

/** A field's error when it has one, else its help text. */
export function FieldMessage({ error, help }: { error?: string; help?: string }) {
  if (error) return <ErrorMessage>{error}</ErrorMessage>;
  return help ? <HelperMessage>{help}</HelperMessage> : null;
}

/** How a form's save reaches its resolver and maps a VALIDATION answer back onto the form's fields. */
export interface RecordSave<D> {
  send: () => Promise<ResolverResult<D>>;
  /** The payload key the server's field paths start with, e.g. `risk` in `risk.likelihood`. */
  prefix: string;
  fields: readonly string[];
  onSaved: (data: D) => void;
}

/**
 * The state every record form shares: the stored record being edited, the last save failure, and on a
 * CONFLICT the record as it is stored now, which the reader may load to start again from.
 */
export function useRecordEdit<R>(initial: R | null, storedOf: (value: unknown) => R | null) {
  const [editing, setEditing] = useState<R | null>(initial);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const current = failure?.code === 'CONFLICT' ? storedOf(failure.current) : null;
  const useCurrent =
    current === null
      ? undefined
      : () => {
          setEditing(current);
          setFailure(null);
        };
  /** Saves; a field's mistake goes back to the form, any other failure shows above it. */
  const save = async <D,>({ send, prefix, fields, onSaved }: RecordSave<D>): Promise<Record<string, string> | undefined> => {
    setFailure(null);
    const result = await send();
    if (result.ok) {
      onSaved(result.data);
      return undefined;
    }
    const onField = fieldErrorOf(result.error, prefix, fields);
    if (onField === null) setFailure(result.error);
    return onField ?? undefined;
  };
  return { editing, failure, current, useCurrent, save };
}

export interface RecordFormModalProps<V> {
  title: string;
  testId: string;
  /** Changes when the record edited changes, so the form starts again from its values. */
  formKey: string | number;
  onSubmit: (values: V) => Promise<Record<string, string> | undefined>;
  onClose: () => void;
  submitLabel: string;
  /** What was saved on a failure that is no field's fault, and what a conflict found stored. */
  failure: { error: ResolverError; what: string; onUseCurrent?: () => void; currentSummary?: ReactNode } | null;
  children: ReactNode;
}

/** A record's add/edit form in a modal: title, save failure above the fields, cancel and submit. */
export function RecordFormModal<V extends object>({ title, testId, formKey, onSubmit, onClose, submitLabel, failure, children }: RecordFormModalProps<V>) {
  return (
    <Modal onClose={onClose} width="large" label={title} testId={testId}>
      <Form<V> key={formKey} onSubmit={onSubmit}>
        {({ formProps, submitting }) => (
          <form {...formProps}>
            <ModalHeader hasCloseButton>
              <ModalTitle>{title}</ModalTitle>
            </ModalHeader>
            <ModalBody>
              <Stack space="space.100">
                {failure && <SaveFailure {...failure} />}
                {children}
              </Stack>
            </ModalBody>
            <ModalFooter>
              <FormButtons submitting={submitting} submitLabel={submitLabel} onCancel={onClose} />
            </ModalFooter>
          </form>
        )}
      </Form>
    </Modal>
  );
}
