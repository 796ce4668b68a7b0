import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import { ErrorMessage, HelperMessage } from '@atlaskit/form';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { ResolverError } from '../../src/shared/result';

export { blankToUndefined, validateOptionalDate, validateText } from './recordFormText';

/** A select option, as @atlaskit/select takes it. */
export interface Option<V> {
  label: string;
  value: V;
}

export function optionsOf<V extends string | number>(values: readonly V[], labels: Record<V, string>): Option<V>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/**
 * A VALIDATION answer names a payload path such as `risk.linkedIssueKeys.0`; the form shows it on the
 * field `linkedIssueKeys`. Null when the path names no field of the form (shown above the form instead).
 */
export function fieldErrorOf(error: ResolverError, prefix: string, fields: readonly string[]): Record<string, string> | null {
  if (error.code !== 'VALIDATION' || error.field === undefined) return null;
  const path = error.field.startsWith(`${prefix}.`) ? error.field.slice(prefix.length + 1) : error.field;
  const name = path.split('.')[0] ?? '';
  if (!fields.includes(name)) return null;
  const message = error.message.startsWith(`${error.field}: `) ? error.message.slice(error.field.length + 2) : error.message;
  return { [name]: message };
}

/** A field's error when it has one, else its help text. */
export function FieldMessage({ error, help }: { error?: string; help?: string }) {
  if (error) return <ErrorMessage>{error}</ErrorMessage>;
  return help ? <HelperMessage>{help}</HelperMessage> : null;
}

const ISSUE_KEY = /^[A-Z][A-Z0-9_]+-[1-9]\d*$/;

/** `PAY-1, pay-2 PAY-3` → `['PAY-1', 'PAY-2', 'PAY-3']`. */
export function parseIssueKeys(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((key) => key.trim().toUpperCase())
    .filter((key) => key !== '');
}

/** Mirrors the server's check of linked epics' keys (at most 50, each like PAY-12). */
export function validateIssueKeys(text: string | undefined): string | undefined {
  const keys = parseIssueKeys(text ?? '');
  const bad = keys.find((key) => !ISSUE_KEY.test(key));
  if (bad !== undefined) return `'${bad}' is not an issue key like PAY-12`;
  return keys.length > 50 ? 'Link at most 50 epics' : undefined;
}

/** What a save answered when it was no field's fault: a conflict, a permission, Jira. */
export function SaveFailure({
  error,
  what,
  onUseCurrent,
  currentSummary,
}: {
  error: ResolverError;
  what: string;
  onUseCurrent?: () => void;
  currentSummary?: ReactNode;
}) {
  if (error.code === 'CONFLICT') {
    const actions = onUseCurrent ? <SectionMessageAction onClick={onUseCurrent}>Load their version</SectionMessageAction> : undefined;
    return (
      <SectionMessage appearance="warning" title={`Someone else changed this ${what}`} actions={actions} testId="save-conflict">
        <Stack space="space.050">
          <Text>Your changes were not saved, so theirs are not lost. Their current values:</Text>
          {currentSummary}
          <Text size="small" color="color.text.subtle">
            Load their version, then make your change again.
          </Text>
        </Stack>
      </SectionMessage>
    );
  }
  return (
    <SectionMessage appearance="error" title={`Could not save the ${what}`} testId="save-error">
      <Text>{error.message}</Text>
    </SectionMessage>
  );
}

/** Cancel and submit for a modal form's footer. */
export function FormButtons({ submitting, submitLabel, onCancel }: { submitting: boolean; submitLabel: string; onCancel: () => void }) {
  return (
    <>
      <Button appearance="subtle" onClick={onCancel}>
        Cancel
      </Button>
      <Button appearance="primary" type="submit" isLoading={submitting} testId="form-submit">
        {submitLabel}
      </Button>
    </>
  );
}
