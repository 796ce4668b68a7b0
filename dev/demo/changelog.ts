/**
 * Writes an issue's simulation events as Jira changelog histories: changes made at the same
 * instant share one history (a done transition carries its resolution item), items are shaped
 * exactly as Jira returns them, and Sprint values are comma-separated sprint ids.
 */
import { isDoneStatus, RESOLUTIONS, SPRINT_FIELD, STATUSES, STORY_POINTS_FIELD, STORY_POINTS_NAME, type StatusKey } from './catalogue';
import type { ChangeItemJson } from './fixture-types';
import type { SimEvent, SimIssue, SimSprint } from './model';

export interface PendingHistory {
  created: number;
  items: ChangeItemJson[];
}

function resolutionOf(status: StatusKey): { id: string; name: string } | null {
  return status === 'done' || status === 'wontdo' ? RESOLUTIONS[status] : null;
}

function statusItems(from: StatusKey, to: StatusKey): ChangeItemJson[] {
  const items: ChangeItemJson[] = [
    {
      field: 'status',
      fieldtype: 'jira',
      fieldId: 'status',
      from: STATUSES[from].id,
      fromString: STATUSES[from].name,
      to: STATUSES[to].id,
      toString: STATUSES[to].name,
    },
  ];
  if (isDoneStatus(from) === isDoneStatus(to)) return items;
  const before = resolutionOf(from);
  const after = resolutionOf(to);
  items.push({
    field: 'resolution',
    fieldtype: 'jira',
    fieldId: 'resolution',
    from: before?.id ?? null,
    fromString: before?.name ?? null,
    to: after?.id ?? null,
    toString: after?.name ?? null,
  });
  return items;
}

function sprintNames(ids: readonly number[], sprints: ReadonlyMap<number, SimSprint>): string {
  return ids.map((id) => sprints.get(id)?.name ?? String(id)).join(', ');
}

function pointsString(value: number | null): string | null {
  return value === null ? null : String(value);
}

function itemsOf(event: SimEvent, sprints: ReadonlyMap<number, SimSprint>): ChangeItemJson[] {
  switch (event.field) {
    case 'status':
      return statusItems(event.from, event.to);
    case 'sprint':
      return [
        {
          field: 'Sprint',
          fieldtype: 'custom',
          fieldId: SPRINT_FIELD,
          from: event.from.join(', '),
          fromString: sprintNames(event.from, sprints),
          to: event.to.join(', '),
          toString: sprintNames(event.to, sprints),
        },
      ];
    case 'estimate':
      return [
        {
          field: STORY_POINTS_NAME,
          fieldtype: 'custom',
          fieldId: STORY_POINTS_FIELD,
          from: null,
          fromString: pointsString(event.from),
          to: null,
          toString: pointsString(event.to),
        },
      ];
  }
}

/** The issue's histories, oldest first, without ids (ids are numbered site-wide later). */
export function historiesOf(issue: SimIssue, sprints: ReadonlyMap<number, SimSprint>): PendingHistory[] {
  const out: PendingHistory[] = [];
  let fields = new Set<string>();
  for (const event of issue.events) {
    const current = out[out.length - 1];
    if (current !== undefined && current.created === event.at && !fields.has(event.field)) {
      current.items.push(...itemsOf(event, sprints));
    } else {
      out.push({ created: event.at, items: itemsOf(event, sprints) });
      fields = new Set<string>();
    }
    fields.add(event.field);
  }
  return out;
}
