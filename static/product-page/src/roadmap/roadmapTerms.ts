import { ROADMAP_STATUSES, type RecordApi, type RoadmapItem, type RoadmapItemView, type RoadmapStatus } from '../../../../src/shared/records';
import { toCsv } from '../../../common/csv';
import { formatMonth, formatShare } from '../../../common/format';
import { blankToUndefined, optionsOf, parseIssueKeys, type Option } from '../../../common/recordForm';
import { ROADMAP_STATUS_LABELS, ROADMAP_STATUS_LOZENGES } from '../../../common/roadmapStatus';

export { ROADMAP_STATUS_LABELS, ROADMAP_STATUS_LOZENGES };
export const ROADMAP_STATUS_CHOICES = optionsOf(ROADMAP_STATUSES, ROADMAP_STATUS_LABELS);

export interface MilestoneFormValues {
  title: string;
  outcome: string;
  targetMonth: string;
  status: Option<RoadmapStatus> | null;
  linkedIssueKeys: string;
}
export const MILESTONE_FIELDS = ['title', 'outcome', 'targetMonth', 'status', 'linkedIssueKeys', 'versionId'] as const;

export function milestoneValues(item: RoadmapItem | null, month: string): MilestoneFormValues {
  return {
    title: item?.title ?? '',
    outcome: item?.outcome ?? '',
    targetMonth: item?.targetMonth ?? month,
    status: ROADMAP_STATUS_CHOICES.find((choice) => choice.value === (item?.status ?? 'planned')) ?? null,
    linkedIssueKeys: item?.linkedIssueKeys.join(', ') ?? '',
  };
}

type MilestonePayload = RecordApi['roadmap/save']['payload']['item'];

export function milestonePayload(values: MilestoneFormValues, editing: RoadmapItem | null): MilestonePayload | null {
  if (values.status === null) return null;
  return {
    ...(editing ? { id: editing.id, version: editing.version } : {}),
    title: values.title.trim(),
    outcome: values.outcome.trim(),
    targetMonth: values.targetMonth,
    status: values.status.value,
    linkedIssueKeys: parseIssueKeys(values.linkedIssueKeys),
    versionId: blankToUndefined(editing?.versionId ?? ''),
  };
}

export function validateMonth(value: string | undefined): string | undefined {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value ?? '') ? undefined : 'Choose a month (YYYY-MM)';
}

function isStoredItem(value: unknown): value is RoadmapItem {
  if (typeof value !== 'object' || value === null) return false;
  const fields: Partial<Record<keyof RoadmapItem, unknown>> = value;
  return typeof fields.id === 'string' && typeof fields.version === 'number' && typeof fields.title === 'string' && Array.isArray(fields.linkedIssueKeys);
}
export function storedItemOf(value: unknown): RoadmapItem | null {
  return isStoredItem(value) ? value : null;
}

const HEADER = ['Target month', 'Title', 'Outcome', 'Status', 'Progress', 'Done points', 'Total points', 'Linked epics'];

/** The fiscal year's milestones as a spreadsheet, in target month order. */
export function roadmapCsv(items: readonly RoadmapItemView[]): string {
  const rows = [...items]
    .sort((a, b) => a.targetMonth.localeCompare(b.targetMonth))
    .map((item) => [
      formatMonth(item.targetMonth),
      item.title,
      item.outcome,
      ROADMAP_STATUS_LABELS[item.status],
      formatShare(item.progress.ratio),
      item.progress.donePoints,
      item.progress.totalPoints,
      item.linkedIssueKeys.join(' '),
    ]);
  return toCsv(HEADER, rows);
}
