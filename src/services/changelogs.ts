import type { FieldChange } from '../domain/issue';
import type { JiraClient } from '../jira/client';
import type { ChangeHistory } from '../jira/models';
import { CHANGELOG_ISSUES_PER_CALL, bulkFetchChangelogs } from '../jira/search';

/** Each issue's changes, by field id; the domain replays them. */
export type ChangesByField = Record<string, FieldChange[]>;

/** Jira has sent `created` as an ISO string and (in its examples) as epoch seconds; both are read. */
function epochMs(created: string | number): number {
  if (typeof created === 'number') return created < 1e12 ? created * 1000 : created;
  return Date.parse(created.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

/**
 * Each field's changes, by field id. An item without `fieldId` (a history migrated from Jira Server)
 * belongs to the field its `field` names (docs/METRICS.md, Velocity): `idOfName` maps names to ids.
 */
export function changesByField(histories: readonly ChangeHistory[], idOfName: ReadonlyMap<string, string> = new Map()): ChangesByField {
  const byField: ChangesByField = {};
  for (const history of histories) {
    const at = epochMs(history.created);
    for (const item of history.items) {
      const fieldId = item.fieldId ?? idOfName.get(item.field) ?? item.field;
      const change: FieldChange = { at, from: item.from ?? null, fromString: item.fromString ?? null, to: item.to, toString: item.toString };
      (byField[fieldId] ??= []).push(change);
    }
  }
  return byField;
}

/**
 * Collects issue ids as search pages arrive and fetches their changelogs in calls of 1000 issues
 * (the bulkfetch limit), so a portfolio of many projects needs ⌈issues / 1000⌉ calls, not one a project.
 */
export class ChangelogCollector {
  private pending: string[] = [];
  private readonly calls: Promise<void>[] = [];
  private readonly changes = new Map<string, ChangesByField>();

  private readonly idOfName: ReadonlyMap<string, string>;

  /** `fieldNames` names the fields by id, for change items that carry only a name. */
  constructor(
    private readonly jira: JiraClient,
    private readonly fieldIds: readonly string[],
    fieldNames: Readonly<Record<string, string>> = {},
  ) {
    const idOfName = new Map<string, string>();
    for (const id of fieldIds) {
      const name = fieldNames[id];
      if (name !== undefined) idOfName.set(name, id);
    }
    this.idOfName = idOfName;
  }

  add(issueIds: readonly string[]): void {
    this.pending.push(...issueIds);
    while (this.pending.length >= CHANGELOG_ISSUES_PER_CALL) this.dispatch(this.pending.splice(0, CHANGELOG_ISSUES_PER_CALL));
  }

  /** Fetches what is left and resolves to every issue's changes (issues without changes have none). */
  async finish(): Promise<ReadonlyMap<string, ChangesByField>> {
    if (this.pending.length > 0) this.dispatch(this.pending.splice(0));
    await Promise.all(this.calls);
    return this.changes;
  }

  private dispatch(issueIds: string[]): void {
    const call = bulkFetchChangelogs(this.jira, issueIds, this.fieldIds).then((logs) => {
      for (const log of logs) this.changes.set(log.issueId, changesByField(log.histories, this.idOfName));
    });
    // Awaited in finish(); marks the rejection handled so an early failure is not reported as unhandled.
    call.catch(() => undefined);
    this.calls.push(call);
  }
}
