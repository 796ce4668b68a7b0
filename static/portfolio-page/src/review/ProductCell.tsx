import Lozenge from '@atlaskit/lozenge';
import { Pressable, Stack, Text, xcss } from '@atlaskit/primitives';
import type { PendingRow } from './reviewRows';

/** A drill-down reads as a link (it goes to another page) but is a button: Forge navigates, not the frame. */
const productLinkStyles = xcss({
  color: 'color.link',
  font: 'font.body',
  fontWeight: 'font.weight.medium',
  textAlign: 'start',
  backgroundColor: 'color.background.neutral.subtle',
  padding: 'space.0',
  ':hover': { textDecoration: 'underline', color: 'color.link' },
});

/** The product's name, opening its Product tab, with its project key under it. */
export function ProductLink({
  projectKey,
  projectName,
  onOpen,
  testIdPrefix = 'open',
}: {
  projectKey: string;
  projectName: string;
  onOpen: (projectKey: string) => void;
  testIdPrefix?: string;
}) {
  return (
    <Pressable
      xcss={productLinkStyles}
      onClick={() => onOpen(projectKey)}
      aria-label={`${projectName}: open its Product tab`}
      testId={`${testIdPrefix}-${projectKey}`}
    >
      {projectName}
    </Pressable>
  );
}

export function ProductCell({
  projectKey,
  projectName,
  onOpen,
  testIdPrefix,
}: {
  projectKey: string;
  projectName: string;
  onOpen: (projectKey: string) => void;
  testIdPrefix?: string;
}) {
  return (
    <Stack space="space.025" alignInline="start">
      <ProductLink projectKey={projectKey} projectName={projectName} onOpen={onOpen} testIdPrefix={testIdPrefix} />
      <Text size="small" color="color.text.subtle">
        {projectKey}
      </Text>
    </Stack>
  );
}

/** A resolver's message as a sentence: it ends with a full stop. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Why a product's figures are missing: its first snapshot is being built, or could not be. */
export function PendingStatus({ row }: { row: PendingRow }) {
  const computing = row.snapshot.status === 'computing';
  return (
    <Stack space="space.050" alignInline="start">
      <Lozenge appearance={computing ? 'inprogress' : 'removed'}>{computing ? 'Computing…' : 'Not available'}</Lozenge>
      <Text size="small" color="color.text.subtle">
        {computing
          ? 'Product Lens is reading its history from Jira for the first time; its figures show here by themselves.'
          : `${sentence(row.snapshot.lastError ?? 'Product Lens could not read it from Jira')} It tries again by itself.`}
      </Text>
    </Stack>
  );
}
