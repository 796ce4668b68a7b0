import { isWorkType, type WorkBucket, type WorkType, type WorkTypeSource } from '../shared/workTypes';
import { EPIC_LEVEL, STANDARD_LEVEL, SUBTASK_LEVEL, type IssueSnapshot } from './issue';

/** Labels that tag work, matched case-insensitively; `tech-debt` is debt by another name. */
const LABEL_WORK_TYPES: ReadonlyMap<string, WorkType> = new Map([
  ['feature', 'feature'],
  ['defect', 'defect'],
  ['risk', 'risk'],
  ['debt', 'debt'],
  ['tech-debt', 'debt'],
]);

export interface ResolvedWorkType {
  workType: WorkBucket;
  source: WorkTypeSource;
}

type TagIssue = Pick<IssueSnapshot, 'workTypeProperty' | 'labels'>;

/**
 * Rule 1: the `product-work-type` entity property `{"workType": "<type>"}`.
 * A value of any other shape is no tag at all (a stray property must not invent a work type).
 *
 * @example workTypeFromProperty({ workType: 'risk' }) // 'risk'; workTypeFromProperty(undefined) // null
 */
export function workTypeFromProperty(property: unknown): WorkType | null {
  if (typeof property !== 'object' || property === null || !('workType' in property)) return null;
  return isWorkType(property.workType) ? property.workType : null;
}

/**
 * Rule 2: the first label, in Jira's order, that names a work type (case-insensitive).
 *
 * @example workTypeFromLabels(['okr', 'Tech-Debt', 'feature']) // 'debt'; workTypeFromLabels([]) // null
 */
export function workTypeFromLabels(labels: readonly string[]): WorkType | null {
  for (const label of labels) {
    const workType = LABEL_WORK_TYPES.get(label.toLowerCase());
    if (workType !== undefined) return workType;
  }
  return null;
}

function epicTag(epic: TagIssue): ResolvedWorkType | null {
  const byProperty = workTypeFromProperty(epic.workTypeProperty);
  if (byProperty !== null) return { workType: byProperty, source: 'epic-property' };
  const byLabel = workTypeFromLabels(epic.labels);
  return byLabel === null ? null : { workType: byLabel, source: 'epic-label' };
}

/**
 * The epic an issue belongs to: a standard issue's parent when that is an epic; a sub-task's parent's
 * parent. `findIssue` looks issues up by key (a sub-task's parent is needed to reach its epic).
 * Returns undefined when there is no epic or it cannot be found.
 */
export function epicOf(issue: IssueSnapshot, findIssue: (key: string) => IssueSnapshot | undefined): IssueSnapshot | undefined {
  const parent = issue.parent;
  if (parent === null) return undefined;
  if (issue.hierarchyLevel === STANDARD_LEVEL && parent.hierarchyLevel === EPIC_LEVEL) return findIssue(parent.key);
  if (issue.hierarchyLevel === SUBTASK_LEVEL) {
    const standardParent = findIssue(parent.key);
    return standardParent === undefined ? undefined : epicOf(standardParent, findIssue);
  }
  return undefined;
}

/**
 * An issue's work type and how it was decided (docs/METRICS.md, Work type).
 *
 * - Epic: its property, else its first matching label, else untagged.
 * - Standard issue or sub-task: its own property; else its epic's property, then its epic's labels;
 *   else its own labels; else (standard issues only) issue type Bug → defect; else untagged.
 *
 * Empty input: an issue with no property, no labels and no epic is `untagged` with source `none`.
 *
 * @example
 * resolveWorkType({ ...story, workTypeProperty: undefined, labels: ['debt'] }, epicWithProperty('risk'))
 * // { workType: 'risk', source: 'epic-property' }
 */
export function resolveWorkType(issue: IssueSnapshot, epic: TagIssue | undefined): ResolvedWorkType {
  const byProperty = workTypeFromProperty(issue.workTypeProperty);
  if (byProperty !== null) return { workType: byProperty, source: 'property' };
  if (issue.hierarchyLevel !== EPIC_LEVEL && epic !== undefined) {
    const inherited = epicTag(epic);
    if (inherited !== null) return inherited;
  }
  const byLabel = workTypeFromLabels(issue.labels);
  if (byLabel !== null) return { workType: byLabel, source: 'label' };
  if (issue.hierarchyLevel === STANDARD_LEVEL && issue.issueTypeName.toLowerCase() === 'bug') {
    return { workType: 'defect', source: 'issue-type' };
  }
  return { workType: 'untagged', source: 'none' };
}
