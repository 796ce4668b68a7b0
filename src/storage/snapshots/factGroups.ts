import { z } from 'zod';
import type { IssueFacts, ProjectFacts } from '../../domain/facts';
import { decodePieces, encodePieces, type EncodedPiece } from './codec';
import { issueFactsSchema, projectFactsSchema } from './schemas';

/**
 * A project's issues are stored in groups of about this many, each group its own compressed value, so
 * a refresh that changes a few issues rewrites only their groups (and the small project part holding
 * the clock, boards and site), not the whole project.
 */
export const ISSUES_PER_GROUP = 1000;

function idOf(entry: IssueFacts): number {
  const id = Number(entry.issue.id);
  return Number.isSafeInteger(id) ? id : -1;
}

function byId(a: IssueFacts, b: IssueFacts): number {
  return idOf(a) - idOf(b) || a.issue.id.localeCompare(b.issue.id);
}

/**
 * Where each group starts: the id of every `ISSUES_PER_GROUP`-th issue in id order. A full build
 * chooses them; incremental refreshes keep them, so a new issue (the highest id) joins the last group
 * and a deleted one shifts nothing. Empty input: no issues, one group start at 0.
 */
export function groupStartsOf(facts: Pick<ProjectFacts, 'issues'>): number[] {
  const ids = facts.issues.map(idOf).sort((a, b) => a - b);
  const starts = [0];
  for (let index = ISSUES_PER_GROUP; index < ids.length; index += ISSUES_PER_GROUP) starts.push(ids[index] ?? 0);
  return [...new Set(starts)];
}

/** The facts as separately encoded groups: first everything but the issues, then the issues by id range. */
export function encodeFactGroups(facts: ProjectFacts, starts: readonly number[]): EncodedPiece[][] {
  const groups: IssueFacts[][] = starts.map(() => []);
  for (const entry of [...facts.issues].sort(byId)) {
    let group = 0;
    while (group + 1 < starts.length && idOf(entry) >= (starts[group + 1] ?? Infinity)) group += 1;
    groups[group]?.push(entry);
  }
  return [encodePieces({ ...facts, issues: [] }), ...groups.filter((issues) => issues.length > 0).map((issues) => encodePieces(issues))];
}

const issueGroupSchema = z.array(issueFactsSchema);

/** The facts back from their groups, issues in ascending id order; a bad group names itself. */
export function decodeFactGroups(what: string, groups: readonly (readonly (EncodedPiece | undefined)[])[]): ProjectFacts {
  const [meta = [], ...issueGroups] = groups;
  const facts = decodePieces(`${what} (project part)`, meta, projectFactsSchema);
  const issues = issueGroups.flatMap((group, index) => decodePieces(`${what} (issue group ${index + 1} of ${issueGroups.length})`, group, issueGroupSchema));
  return { ...facts, issues: issues.sort(byId) };
}
