/** A JQL query Jira would reject; the message reads as Jira's does, so callers can show it as is. */
export class JqlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JqlError';
  }
}

/** `(line 1, character 9)`, as Jira places syntax errors; `offset` is 0-based. */
export function position(source: string, offset: number): string {
  const before = source.slice(0, offset).split('\n');
  const line = before.length;
  const character = (before[before.length - 1] ?? '').length + 1;
  return `(line ${line}, character ${character})`;
}

/** A syntax error: `Error in the JQL Query: <what>. (line 1, character 9)`. */
export function syntaxError(source: string, offset: number | null, what: string): JqlError {
  const where = offset === null ? '' : ` ${position(source, offset)}`;
  return new JqlError(`Error in the JQL Query: ${what}${where}`);
}
