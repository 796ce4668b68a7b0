import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Text } from '@atlaskit/primitives';
import { copyText, exportText, type ExportOutcome, type TextFormat } from './csv';

const NAMES: Record<TextFormat, string> = { csv: 'CSV', markdown: 'Markdown' };
const PASTE_INTO: Record<TextFormat, string> = { csv: 'a spreadsheet', markdown: 'a Confluence page, a ticket or an email' };

function outcomeWords(outcome: ExportOutcome, format: TextFormat): string {
  if (outcome.kind === 'failed') return `Could not download or copy the ${NAMES[format]}: ${outcome.message}`;
  return `The ${NAMES[format]} is on your clipboard: paste it into ${PASTE_INTO[format]}.`;
}

/**
 * "Export CSV" (a download, or the clipboard where downloads are refused) and "Copy CSV", with a line
 * saying what happened; `format` makes it Markdown instead.
 */
export function ExportButton({ fileName, label, csv, format = 'csv' }: { fileName: string; label: string; csv: () => string; format?: TextFormat }) {
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const run = async () => setOutcome(await exportText(fileName, csv(), format));
  const copy = async () => setOutcome(await copyText(csv()));
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap>
      <Button onClick={() => void run()} testId={`export-${fileName}`}>
        {label}
      </Button>
      <Button appearance="subtle" onClick={() => void copy()} testId={`copy-${fileName}`}>
        {`Copy ${NAMES[format]}`}
      </Button>
      {outcome && outcome.kind !== 'downloaded' && (
        <Text size="small" color={outcome.kind === 'failed' ? 'color.text.danger' : 'color.text.subtle'} role="status">
          {outcomeWords(outcome, format)}
        </Text>
      )}
    </Inline>
  );
}
