import { z } from 'zod';
import type { IssueFacts, ProjectFacts } from '../../domain/facts';
import { decodePieces, encodePieces, type EncodedPiece } from './codec';
import { issueFactsSchema, projectFactsSchema } from './schemas';

/**
 * Issues whose numeric ids fall in one range of this width are stored together, each range as its own
 * compressed value: an incremental refresh that changes a few issues rewrites only their ranges (and
 * the small part holding the clock, boards and site), not the whole project. Issue ids grow as issues
 * are created, so new work lands in the newest ranges.
 */
export const IDS_PER_GROUP = 2000;

function groupOf(entry: IssueFacts): number {
  const id = Number(entry.issue.id);
  return Number.isSafeInteger(id) ? Math.floor(id / IDS_PER_GROUP) : -1;
}

function byId(a: IssueFacts, b: IssueFacts): number {
  return Number(a.issue.id) - Number(b.issue.id) || a.issue.id.localeCompare(b.issue.id);
}

/** The facts as separately encoded groups: first everything but the issues, then the issues by id range. */
export function encodeFactGroups(facts: ProjectFacts): EncodedPiece[][] {
  const groups = new Map<number, IssueFacts[]>();
  for (const entry of facts.issues) {
    const group = groupOf(entry);
    const list = groups.get(group);
    if (list === undefined) groups.set(group, [entry]);
    else list.push(entry);
  }
  const issueGroups = [...groups].sort(([a], [b]) => a - b).map(([, issues]) => encodePieces([...issues].sort(byId)));
  return [encodePieces({ ...facts, issues: [] }), ...issueGroups];
}

const issueGroupSchema = z.array(issueFactsSchema);

/** The facts back from their groups, issues in ascending id order; a bad group names itself. */
export function decodeFactGroups(what: string, groups: readonly (readonly (EncodedPiece | undefined)[])[]): ProjectFacts {
  const [meta = [], ...issueGroups] = groups;
  const facts = decodePieces(`${what} (project part)`, meta, projectFactsSchema);
  const issues = issueGroups.flatMap((group, index) => decodePieces(`${what} (issue group ${index + 1} of ${issueGroups.length})`, group, issueGroupSchema));
  return { ...facts, issues: issues.sort(byId) };
}
