/**
 * The four kinds of work of the Flow Framework, and `untagged` for work that is none of them.
 * Features and defects are what end users see; risks and debt are what they do not see.
 */
export const WORK_TYPES = ['feature', 'defect', 'risk', 'debt'] as const;
export type WorkType = (typeof WORK_TYPES)[number];

/** Every bucket a figure is split into; untagged work is always shown, never spread over the others. */
export const WORK_BUCKETS = [...WORK_TYPES, 'untagged'] as const;
export type WorkBucket = (typeof WORK_BUCKETS)[number];

/** The issue entity property a product owner's choice is stored in, and its JQL alias. */
export const WORK_TYPE_PROPERTY_KEY = 'product-work-type';

export function isWorkType(value: unknown): value is WorkType {
  return typeof value === 'string' && (WORK_TYPES as readonly string[]).includes(value);
}

/** How an issue's work type was decided, so people can see why a figure is what it is. */
export type WorkTypeSource = 'property' | 'label' | 'issue-type' | 'epic-property' | 'epic-label' | 'none';
