/** Issue ids and keys, given in creation order as Jira does (ids site-wide, key numbers per project). */
import type { SimProject } from './issues';
import type { SimIssue } from './model';

export interface IssueRef {
  id: string;
  key: string;
}

const byCreation = (a: SimIssue, b: SimIssue): number => a.created - b.created || a.uid - b.uid;

/** Refs for every issue, and the issues in fixture order (project, then key number). */
export function buildIssueRefs(projects: readonly SimProject[]): { refs: Map<SimIssue, IssueRef>; ordered: SimIssue[] } {
  const all = projects.flatMap((p) => p.issues).sort(byCreation);
  const ids = new Map(all.map((issue, n) => [issue, String(10001 + n)]));
  const refs = new Map<SimIssue, IssueRef>();
  const ordered: SimIssue[] = [];
  for (const project of projects) {
    const issues = [...project.issues].sort(byCreation);
    issues.forEach((issue, n) => refs.set(issue, { id: ids.get(issue) ?? '', key: `${project.product.key}-${n + 1}` }));
    ordered.push(...issues);
  }
  return { refs, ordered };
}
