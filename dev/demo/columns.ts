/**
 * Board columns, as Jira Cloud uses them for velocity: an issue is done when its status is in the
 * board's right-most column, whatever that status's category, and a status no column holds counts
 * nowhere. A board without its own columns has one per status category.
 */
import { STATUSES, type StatusKey } from './catalogue';
import type { StatusCategoryKey } from './fixture-types';

export interface BoardColumn {
  readonly name: string;
  readonly statuses: readonly StatusKey[];
}

const ALL_STATUSES = Object.keys(STATUSES).filter((key): key is StatusKey => key in STATUSES);

function ofCategory(category: StatusCategoryKey): StatusKey[] {
  return ALL_STATUSES.filter((key) => STATUSES[key].statusCategory.key === category);
}

/** What a board without `columnConfig` has: To Do, In Progress and Done, each holding its category. */
export const CATEGORY_COLUMNS: readonly BoardColumn[] = [
  { name: 'To Do', statuses: ofCategory('new') },
  { name: 'In Progress', statuses: ofCategory('indeterminate') },
  { name: 'Done', statuses: ofCategory('done') },
];

/**
 * A team that keeps Won't Do out of its Done column and counts work ready for release as done: a
 * done-category status in a middle column, an in-progress one in the last, and Parked in none.
 */
export const RELEASE_COLUMNS: readonly BoardColumn[] = [
  { name: 'To Do', statuses: ['todo'] },
  { name: 'In Progress', statuses: ['progress', 'review'] },
  { name: "Won't Do", statuses: ['wontdo'] },
  { name: 'Done', statuses: ['done', 'ready'] },
];

/** The columns a board has: its own, else one per status category. */
export function boardColumns(columnConfig: readonly BoardColumn[] | null): readonly BoardColumn[] {
  return columnConfig ?? CATEGORY_COLUMNS;
}

/** The statuses of the right-most column. */
export function doneColumnOf(columns: readonly BoardColumn[]): ReadonlySet<StatusKey> {
  return new Set(columns[columns.length - 1]?.statuses ?? []);
}

/** True when some column holds `status`. */
export function isMapped(columns: readonly BoardColumn[], status: StatusKey): boolean {
  return columns.some((column) => column.statuses.includes(status));
}
