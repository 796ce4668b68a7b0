/**
 * Exports of a page's tables: CSV and Markdown text as src/shared/tableText writes it (the rollup
 * command's too, so a cell reads the same in both), offered as a download or on the clipboard.
 */
import { toCsv, type TableCell } from '../../src/shared/tableText';

export { toCsv };
export type CsvCell = TableCell;

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
