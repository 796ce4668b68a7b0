import type { EditOf } from '../../storage/stores';
import { ValidationError } from '../errors';

/**
 * Which stored record a save edits: none (a create) when it has no id; an id must come with the
 * version that was edited, so a save can never skip the conflict check.
 */
export function editOf(input: { id?: string; version?: number }, field: string): EditOf {
  if (input.id === undefined) {
    if (input.version !== undefined) throw new ValidationError(`${field}.id`, 'must name the record whose version is given; leave out version to create one');
    return undefined;
  }
  if (input.version === undefined) throw new ValidationError(`${field}.version`, 'must be the version you edited when an id is given');
  return { id: input.id, version: input.version };
}

/** The keys a save adds to what the stored record already links: only these need checking against Jira. */
export function addedKeys(keys: readonly string[], alreadyLinked: readonly string[] = []): Set<string> {
  const linked = new Set(alreadyLinked);
  return new Set(keys.filter((key) => !linked.has(key)));
}
