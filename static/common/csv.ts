/**
 * CSV export (RFC 4180): every cell quoted when it holds a comma, quote or line break; lines end in
 * CRLF so spreadsheets on every platform open it. A leading `=`, `+`, `-` or `@` is prefixed with `'`
 * so a spreadsheet never runs a cell as a formula.
 */
export type CsvCell = string | number | null | undefined;

function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export type ExportOutcome = { kind: 'downloaded' } | { kind: 'copied' } | { kind: 'failed'; message: string };

/** A text file the page offers: CSV for spreadsheets, Markdown for a pre-read. */
export type TextFormat = 'csv' | 'markdown';
const MIME_TYPES: Record<TextFormat, string> = { csv: 'text/csv;charset=utf-8', markdown: 'text/markdown;charset=utf-8' };

function download(fileName: string, text: string, format: TextFormat): void {
  const url = URL.createObjectURL(new Blob([text], { type: MIME_TYPES[format] }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked after the click has been handled, so the download can still read it.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

export async function copyText(text: string): Promise<ExportOutcome> {
  try {
    await navigator.clipboard.writeText(text);
    return { kind: 'copied' };
  } catch (reason) {
    return { kind: 'failed', message: reason instanceof Error ? reason.message : String(reason) };
  }
}

export const copyCsv = copyText;

/**
 * Downloads the file; where the frame forbids it and says so (throws), copies it to the clipboard
 * instead. A sandbox may also drop a download silently, hence the separate "Copy" beside "Export".
 */
export async function exportText(fileName: string, text: string, format: TextFormat): Promise<ExportOutcome> {
  try {
    download(fileName, text, format);
    return { kind: 'downloaded' };
  } catch {
    return copyText(text);
  }
}

export function exportCsv(fileName: string, csv: string): Promise<ExportOutcome> {
  return exportText(fileName, csv, 'csv');
}
