import type { ReactNode } from 'react';
import Form from '@atlaskit/form';
import { Stack } from '@atlaskit/primitives';
import type { ResolverError } from '../../src/shared/result';
import { DialogLayout } from './dialogs/DialogLayout';
import { FormButtons, SaveFailure } from './recordForm';

export { FieldMessage } from './recordForm';
export { useRecordEdit, type RecordSave } from './useRecordEdit';

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

/**
 * A record's add/edit form in the dialog frame Forge's host modal opens (`dialogs/`): title, save
 * failure above the fields, cancel and submit always in view.
 */
export function RecordFormModal<V extends object>({ title, testId, formKey, onSubmit, onClose, submitLabel, failure, children }: RecordFormModalProps<V>) {
  return (
    <Form<V> key={formKey} onSubmit={onSubmit}>
      {({ formProps, submitting }) => (
        <form {...formProps}>
          <DialogLayout
            title={title}
            testId={testId}
            onClose={onClose}
            footer={<FormButtons submitting={submitting} submitLabel={submitLabel} onCancel={onClose} />}
          >
            <Stack space="space.100">
              {failure && <SaveFailure {...failure} />}
              {children}
            </Stack>
          </DialogLayout>
        </form>
      )}
    </Form>
  );
}
