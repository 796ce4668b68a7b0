/** The record forms' checks of entered text, as the resolvers check it: pure, so tests need no DOM. */

/** Blank text means "none" to the resolvers. */
export function blankToUndefined(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Mirrors the server's date check: empty, or a real calendar date. */
export function validateOptionalDate(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? undefined : 'Enter a real date as YYYY-MM-DD';
}

export function validateText(value: string | undefined, max: number, required: boolean): string | undefined {
  const text = (value ?? '').trim();
  if (required && text === '') return 'Required';
  return text.length > max ? `At most ${max} characters (now ${text.length})` : undefined;
}
