/**
 * A JQL string literal: the value in double quotes with quotes and backslashes escaped, so a project
 * key or issue key can never change the query's meaning.
 *
 * @example jqlString('PAY') // '"PAY"'
 */
export function jqlString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}
