import type { FixtureIssue } from '../fixture';
import type { SiteView } from '../siteView';
import { JqlError } from './errors';

/** What a clause is evaluated against: the site as the requesting user sees it. */
export interface JqlContext {
  view: SiteView;
}

/** A resolved value standing for "no value", so `in (EMPTY, x)` and `resolution = Unresolved` work. */
export const EMPTY_VALUE = '\u0000EMPTY';

/** Sort keys compare element by element; null (no value) sorts last ascending. */
export type SortKey = readonly (string | number)[] | null;

/** Fields whose values are a set of ids (project, status, labels, sprint…). */
export interface SetField {
  kind: 'set';
  name: string;
  /** The issue's current values, as canonical ids; empty when the field is empty. */
  values(issue: FixtureIssue, ctx: JqlContext): readonly string[];
  /** The canonical ids a literal names; throws Jira's error when it names nothing. */
  resolve(text: string, written: string, ctx: JqlContext): readonly string[];
  /** Functions usable with this field, by lower-case name. */
  functions?: Readonly<Record<string, (ctx: JqlContext) => readonly string[]>>;
  /** For `<`, `>` (issue keys and ids): where an issue and a literal sit on one axis. */
  rank?: { ofIssue: (issue: FixtureIssue) => Rank; ofLiteral: (text: string, written: string) => Rank };
  sortKey?: (issue: FixtureIssue, ctx: JqlContext) => SortKey;
}

/** `key > PAY-10` compares within one project: a rank is a group and a number. */
export interface Rank {
  group: string;
  value: number;
}

/** Date-time fields (created, updated, resolved). */
export interface DateField {
  kind: 'date';
  name: string;
  value(issue: FixtureIssue): number | null;
}

export type FieldDef = SetField | DateField;

/** Jira's answer for a value that names nothing the user can see. */
export function valueNotFound(text: string, written: string): JqlError {
  return new JqlError(`The value '${text}' does not exist for the field '${written}'.`);
}

/** Ids of the items whose id matches exactly or whose name matches case-insensitively. */
export function idsByIdOrName(items: readonly { id: string; name: string }[], text: string): string[] {
  const lower = text.toLowerCase();
  return items.filter((item) => item.id === text || item.name.toLowerCase() === lower).map((item) => item.id);
}

/** A resolver that throws when nothing matched. */
export function required(found: readonly string[], text: string, written: string): readonly string[] {
  if (found.length === 0) throw valueNotFound(text, written);
  return found;
}
