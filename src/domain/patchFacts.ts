import type { IssueFacts, ProjectFacts } from './facts';

export interface FactsPatch {
  /** Issues as they are now (changed or new), each with its whole history. */
  changed: readonly IssueFacts[];
  /** Ids of issues that no longer exist (deleted) or no longer belong to the project. */
  removed: readonly string[];
  /** The site's clock when the changes were read. */
  now: string;
}

/**
 * A project's facts with a refresh's changes applied: a changed issue replaces its old facts, a new
 * one is added, a removed one dropped; the rest is untouched. Applying the same patch twice gives the
 * same facts (at-least-once delivery), and issues keep ascending numeric id order.
 *
 * Empty input: an empty patch changes only the clock.
 *
 * @example patchFacts(facts, { changed: [storyNowDone], removed: [], now }).issues // storyNowDone in its old place
 */
export function patchFacts(facts: ProjectFacts, patch: FactsPatch): ProjectFacts {
  const byId = new Map(facts.issues.map((entry) => [entry.issue.id, entry]));
  for (const id of patch.removed) byId.delete(id);
  for (const entry of patch.changed) byId.set(entry.issue.id, entry);
  const issues = [...byId.values()].sort((a, b) => Number(a.issue.id) - Number(b.issue.id) || a.issue.id.localeCompare(b.issue.id));
  return { ...facts, site: { ...facts.site, now: patch.now }, issues };
}
