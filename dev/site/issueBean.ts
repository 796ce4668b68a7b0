import type { FixtureIssue } from './fixture';

/**
 * Which fields a request asked for, as Jira reads `fields`: names, `*all` / `*navigable` for every
 * field, and `-name` to leave one out. `id` and `key` sit outside `fields` in the response.
 */
export interface FieldSelection {
  all: boolean;
  include: ReadonlySet<string>;
  exclude: ReadonlySet<string>;
}

export function selectFields(requested: readonly string[]): FieldSelection {
  const include = new Set<string>();
  const exclude = new Set<string>();
  let all = false;
  for (const name of requested) {
    if (name === '*all' || name === '*navigable') all = true;
    else if (name.startsWith('-')) exclude.add(name.slice(1));
    else include.add(name);
  }
  return { all, include, exclude };
}

/** Only ids or keys requested: Jira's search then pages up to 5000 issues. */
export function asksIdsOrKeysOnly(selection: FieldSelection): boolean {
  return !selection.all && [...selection.include].every((name) => name === 'id' || name === 'key');
}

/** Only `id` requested (the search default): each issue is then just `{id}`. */
export function asksIdOnly(selection: FieldSelection): boolean {
  return !selection.all && [...selection.include].every((name) => name === 'id');
}

function pickFields(issue: FixtureIssue, selection: FieldSelection): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(issue.fields)) {
    const wanted = selection.all ? !selection.exclude.has(name) : selection.include.has(name);
    if (wanted) picked[name] = value;
  }
  return picked;
}

/** The requested property keys the issue has; an empty object when it has none of them. */
function pickProperties(issue: FixtureIssue, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => Object.hasOwn(issue.properties, key)).map((key) => [key, issue.properties[key]]));
}

export interface IssueBeanOptions {
  selection: FieldSelection;
  /** Requested entity property keys; undefined when none were asked for. */
  properties?: readonly string[];
  /** The issue's `self`: `/rest/api/3/issue/{id}` or the agile `/rest/agile/1.0/issue/{id}`. */
  self: string;
  /** Search answers `{id}` alone when only ids were asked for; GET issue always answers in full. */
  idOnlyAllowed: boolean;
}

/** Jira's IssueBean with only the requested fields (those the issue has) and properties. */
export function issueBean(issue: FixtureIssue, options: IssueBeanOptions): Record<string, unknown> {
  const { selection, properties } = options;
  if (options.idOnlyAllowed && asksIdOnly(selection) && properties === undefined) return { id: issue.id };
  return {
    id: issue.id,
    self: options.self,
    key: issue.key,
    fields: pickFields(issue, selection),
    ...(properties === undefined ? {} : { properties: pickProperties(issue, properties) }),
  };
}
