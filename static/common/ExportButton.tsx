import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Text } from '@atlaskit/primitives';
import { copyCsv, exportCsv, type ExportOutcome } from './csv';

const MESSAGES: Record<ExportOutcome['kind'], string> = {
  downloaded: 'Downloaded',
  copied: 'The CSV is on your clipboard: paste it into a spreadsheet.',
  failed: 'Could not download or copy the CSV',
};

/** "Export CSV" (a download, or the clipboard where downloads are refused) and "Copy CSV", with a line saying what happened. */
export function ExportButton({ fileName, label, csv }: { fileName: string; label: string; csv: () => string }) {
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const run = async () => setOutcome(await exportCsv(fileName, csv()));
  const copy = async () => setOutcome(await copyCsv(csv()));
  return (
    <Inline space="space.100" alignBlock="center">
      <Button onClick={() => void run()} testId={`export-${fileName}`}>
        {label}
      </Button>
      <Button appearance="subtle" onClick={() => void copy()}>
        Copy CSV
      </Button>
      {outcome && outcome.kind !== 'downloaded' && (
        <Text size="small" color={outcome.kind === 'failed' ? 'color.text.danger' : 'color.text.subtle'} role="status">
          {outcome.kind === 'failed' ? `${MESSAGES.failed}: ${outcome.message}` : MESSAGES.copied}
        </Text>
      )}
    </Inline>
  );
}
