/**
 * The site's fixed configuration: statuses, issue types and fields. Custom field ids deliberately
 * differ from the sample fixture's (story points there is customfield_10016; here that id is the
 * decoy "Story Points" float), so that code hard-coding ids reads the wrong numbers.
 */
import type { FieldJson, IssueTypeJson, StatusJson } from './fixture-types';

export const STORY_POINTS_FIELD = 'customfield_10035';
export const STORY_POINTS_NAME = 'Story point estimate';
export const SPRINT_FIELD = 'customfield_10021';
export const DECOY_POINTS_FIELD = 'customfield_10016';
export const WORK_TYPE_PROPERTY = 'product-work-type';

export type StatusKey = 'todo' | 'progress' | 'review' | 'ready' | 'parked' | 'done' | 'wontdo';
export type IssueKind = 'epic' | 'story' | 'task' | 'bug' | 'subtask';

export const STATUSES: Readonly<Record<StatusKey, StatusJson>> = {
  todo: { id: '10000', name: 'To Do', statusCategory: { key: 'new', name: 'To Do' } },
  progress: { id: '3', name: 'In Progress', statusCategory: { key: 'indeterminate', name: 'In Progress' } },
  review: { id: '10001', name: 'In Review', statusCategory: { key: 'indeterminate', name: 'In Progress' } },
  // Not done by category: a board that puts it in its right-most column counts it done all the same.
  ready: { id: '10005', name: 'Ready for Release', statusCategory: { key: 'indeterminate', name: 'In Progress' } },
  // Work waiting on someone else, which boards with their own columns leave out of every column.
  parked: { id: '10006', name: 'Parked', statusCategory: { key: 'indeterminate', name: 'In Progress' } },
  done: { id: '10002', name: 'Done', statusCategory: { key: 'done', name: 'Done' } },
  wontdo: { id: '10003', name: "Won't Do", statusCategory: { key: 'done', name: 'Done' } },
};

/** A status of the `new` category: work on an issue starts when it first leaves one (METRICS.md, Flow metrics). */
export function isNewStatus(status: StatusKey): boolean {
  return STATUSES[status].statusCategory.key === 'new';
}

/** The resolution Jira sets when an issue enters each done-category status. */
export const RESOLUTIONS: Readonly<Record<'done' | 'wontdo', { id: string; name: string }>> = {
  done: { id: '10000', name: 'Done' },
  wontdo: { id: '10001', name: "Won't Do" },
};

/** Done by status category (what sets a resolution); a board's own done is its right-most column (columns.ts). */
export function isDoneStatus(status: StatusKey): boolean {
  return status === 'done' || status === 'wontdo';
}

export const ISSUE_TYPES: Readonly<Record<IssueKind, IssueTypeJson>> = {
  epic: { id: '10000', name: 'Epic', hierarchyLevel: 1, subtask: false },
  story: { id: '10001', name: 'Story', hierarchyLevel: 0, subtask: false },
  task: { id: '10002', name: 'Task', hierarchyLevel: 0, subtask: false },
  bug: { id: '10004', name: 'Bug', hierarchyLevel: 0, subtask: false },
  subtask: { id: '10003', name: 'Sub-task', hierarchyLevel: -1, subtask: true },
};

function customField(id: string, name: string, type: string, custom: string, items?: string): FieldJson {
  const customId = Number(id.replace('customfield_', ''));
  const schema = items === undefined ? { type, custom, customId } : { type, items, custom, customId };
  return { id, key: id, name, custom: true, schema };
}

export const FIELDS: readonly FieldJson[] = [
  { id: 'summary', key: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } },
  { id: 'labels', key: 'labels', name: 'Labels', custom: false, schema: { type: 'array', items: 'string', system: 'labels' } },
  { id: 'resolutiondate', key: 'resolutiondate', name: 'Resolved', custom: false, schema: { type: 'datetime', system: 'resolutiondate' } },
  customField('customfield_10014', 'Epic Link', 'any', 'com.pyxis.greenhopper.jira:gh-epic-link'),
  customField(DECOY_POINTS_FIELD, 'Story Points', 'number', 'com.atlassian.jira.plugin.system.customfieldtypes:float'),
  customField(SPRINT_FIELD, 'Sprint', 'array', 'com.pyxis.greenhopper.jira:gh-sprint', 'json'),
  customField(STORY_POINTS_FIELD, STORY_POINTS_NAME, 'number', 'com.pyxis.greenhopper.jira:jsw-story-points'),
];
