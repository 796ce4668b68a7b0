/**
 * A table as text for people who paste figures into a pre-read: CSV (RFC 4180) and Markdown. Shared
 * by the rollup command and the pages' exports, so both write the same cells the same way.
 */
export type TableCell = string | number | null | undefined;

/** Every cell quoted when it holds a comma, quote or line break; a leading `=`, `+`, `-` or `@` is prefixed with `'` so a spreadsheet never runs it. */
function csvCell(value: TableCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with CRLF line ends, so spreadsheets on every platform open it. */
export function toCsv(header: readonly string[], rows: readonly (readonly TableCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A pipe or a line break would end a Markdown cell early. */
function markdownCell(value: TableCell): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A GitHub-flavoured Markdown table; numeric columns (every cell a number or empty) are right-aligned. */
export function toMarkdown(header: readonly string[], rows: readonly (readonly TableCell[])[]): string {
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => row[column] == null || typeof row[column] === 'number'));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return (
    [
      line(header.map(markdownCell)),
      line(numeric.map((right) => (right ? '---:' : '---'))),
      ...rows.map((row) => line(header.map((_, column) => markdownCell(row[column])))),
    ].join('\n') + '\n'
  );
}
