import { TZDate } from '@date-fns/tz';
import { SPRINT_FIELD, STORY_POINTS_FIELD, WORK_TYPE_PROPERTY } from './catalogue';
import type { IssueJson, SprintJson } from './fixture-types';
import { defaultSite, instant, itemsOf, sprintList, sprintsAt, standardIssues } from './test-support';
import { HOUR, localDate } from './time';

const { fixture } = defaultSite();
const standard = standardIssues(fixture);
const sprintById = new Map(fixture.sprints.map((s) => [String(s.id), s]));
const TYPE_LABELS = new Set(['feature', 'defect', 'risk', 'debt', 'tech-debt']);

/** True when `at` lies strictly inside the sprint's running time (start, completion or now). */
function during(sprint: SprintJson | undefined, at: number): boolean {
  if (sprint?.startDate === undefined) return false;
  return at > instant(sprint.startDate) && at < instant(sprint.completeDate ?? fixture.now);
}

function sprintChanges(issue: IssueJson): Array<{ at: number; added: string[]; removed: string[] }> {
  return itemsOf(issue, SPRINT_FIELD).map(({ at, item }) => {
    const from = sprintList(item.from);
    const to = sprintList(item.to);
    return { at, added: to.filter((s) => !from.includes(s)), removed: from.filter((s) => !to.includes(s)) };
  });
}

function count(issues: readonly IssueJson[], test: (issue: IssueJson) => boolean): number {
  return issues.filter(test).length;
}

describe('the default demo site', () => {
  it('returns issues added to a running sprint and issues added exactly at a sprint start', () => {
    expect(count(standard, (i) => sprintChanges(i).some((c) => c.added.some((s) => during(sprintById.get(s), c.at))))).toBeGreaterThan(5);
    const atStart = (i: IssueJson) => sprintChanges(i).some((c) => c.added.some((s) => at(sprintById.get(s)?.startDate) === c.at));
    expect(count(standard, atStart)).toBeGreaterThan(0);
  });

  it('returns issues removed from a running sprint, both to the backlog and to the next sprint', () => {
    const removals = standard.flatMap(sprintChanges).filter((c) => c.removed.some((s) => during(sprintById.get(s), c.at)));
    expect(removals.filter((c) => c.added.length === 0).length).toBeGreaterThan(2);
    expect(removals.filter((c) => c.added.length > 0).length).toBeGreaterThan(2);
  });

  it('returns estimates changed during a sprint and before a sprint starts', () => {
    const changes = standard.flatMap((i) => itemsOf(i, STORY_POINTS_FIELD).map(({ at }) => ({ at, sprints: sprintsAt(i, at) })));
    expect(changes.filter((c) => c.sprints.some((s) => during(sprintById.get(s), c.at))).length).toBeGreaterThan(5);
    const beforeStart = changes.filter((c) => c.sprints.some((s) => at(sprintById.get(s)?.startDate) >= c.at));
    expect(beforeStart.length).toBeGreaterThan(5);
  });

  it('returns carried-over issues whose Sprint field lists several sprints', () => {
    expect(count(standard, (i) => (fieldSprints(i)?.length ?? 0) >= 2)).toBeGreaterThan(10);
    expect(count(standard, (i) => (fieldSprints(i)?.length ?? 0) >= 3)).toBeGreaterThan(0);
    const atCompletion = (i: IssueJson) =>
      sprintChanges(i).some(
        (c) =>
          c.removed.length === 0 &&
          itemsOf(i, SPRINT_FIELD).some(({ item }) => sprintList(item.from).some((s) => at(sprintById.get(s)?.completeDate) === c.at)),
      );
    expect(count(standard, atCompletion)).toBeGreaterThan(10);
  });

  it("returns issues resolved, reopened and resolved again, and issues closed as Won't Do", () => {
    const reopened = (i: IssueJson) => itemsOf(i, 'resolution').some((c, n, all) => c.item.to === null && all[n + 1]?.item.to != null);
    expect(count(standard, reopened)).toBeGreaterThan(3);
    expect(count(standard, (i) => i.fields.status.name === "Won't Do" && i.fields.resolutiondate !== null)).toBeGreaterThan(3);
  });

  it('returns sub-tasks with their own estimates inside sprints, and estimated epics', () => {
    const subtasks = fixture.issues.filter((i) => i.fields.issuetype.hierarchyLevel === -1);
    const estimatedInSprint = (i: IssueJson) => typeof i.fields[STORY_POINTS_FIELD] === 'number' && (fieldSprints(i)?.length ?? 0) > 0;
    expect(count(subtasks, estimatedInSprint)).toBeGreaterThan(5);
    const epics = fixture.issues.filter((i) => i.fields.issuetype.hierarchyLevel === 1);
    expect(count(epics, (i) => typeof i.fields[STORY_POINTS_FIELD] === 'number')).toBeGreaterThan(0);
  });

  it('returns resolutions within a few hours either side of a local month start', () => {
    const offsets = standard.flatMap((i) => (i.fields.resolutiondate === null ? [] : [offsetFromMonthStart(instant(i.fields.resolutiondate))]));
    expect(offsets.filter((o) => o < 0 && o > -6 * HOUR).length).toBeGreaterThan(2);
    expect(offsets.filter((o) => o >= 0 && o < 6 * HOUR).length).toBeGreaterThan(2);
  });

  it('returns issues whose work type property disagrees with their own type label', () => {
    const disagrees = (i: IssueJson) => {
      const property = i.properties[WORK_TYPE_PROPERTY]?.workType;
      return property !== undefined && i.fields.labels.some((l) => TYPE_LABELS.has(l.toLowerCase()) && !l.toLowerCase().includes(property));
    };
    expect(count(standard, disagrees)).toBeGreaterThan(0);
    expect(
      count(
        fixture.issues.filter((i) => i.fields.issuetype.hierarchyLevel === 1),
        disagrees,
      ),
    ).toBeGreaterThan(0);
  });

  it('returns issues whose own work type property overrides a differently tagged epic', () => {
    const byKey = new Map(fixture.issues.map((i) => [i.key, i]));
    const overrides = (i: IssueJson) => {
      const own = i.properties[WORK_TYPE_PROPERTY]?.workType;
      const epic = i.fields.parent === undefined ? undefined : byKey.get(i.fields.parent.key);
      const epicType = epic?.properties[WORK_TYPE_PROPERTY]?.workType;
      return own !== undefined && epicType !== undefined && own !== epicType;
    };
    expect(count(standard, overrides)).toBeGreaterThan(0);
  });

  it('returns mixed-case type labels, untagged epics and untagged bugs', () => {
    const isTypeLabel = (l: string) => TYPE_LABELS.has(l.toLowerCase());
    expect(count(fixture.issues, (i) => i.fields.labels.some((l) => isTypeLabel(l) && l !== l.toLowerCase()))).toBeGreaterThan(0);
    const untagged = (i: IssueJson) => i.properties[WORK_TYPE_PROPERTY] === undefined && !i.fields.labels.some(isTypeLabel);
    expect(
      count(
        fixture.issues.filter((i) => i.fields.issuetype.name === 'Epic'),
        untagged,
      ),
    ).toBeGreaterThan(0);
    expect(
      count(
        standard.filter((i) => i.fields.issuetype.name === 'Bug' && i.fields.parent === undefined),
        untagged,
      ),
    ).toBeGreaterThan(0);
  });

  it('returns work resolved outside sprints, unresolved backlog and in-flight work, and kanban work', () => {
    expect(count(standard, (i) => i.fields.resolutiondate !== null && fieldSprints(i) === null)).toBeGreaterThan(5);
    expect(count(standard, (i) => i.fields.status.name === 'To Do' && fieldSprints(i) === null)).toBeGreaterThan(5);
    expect(count(standard, (i) => i.fields.status.statusCategory.key === 'indeterminate')).toBeGreaterThan(0);
    expect(fixture.boards.some((b) => b.type === 'kanban')).toBe(true);
  });

  it('returns released and unreleased quarterly versions used as fix versions', () => {
    expect(fixture.versions.some((v) => v.released) && fixture.versions.some((v) => !v.released)).toBe(true);
    expect(count(standard, (i) => i.fields.fixVersions.some((v) => v.released))).toBeGreaterThan(10);
    expect(count(standard, (i) => i.fields.fixVersions.some((v) => !v.released))).toBeGreaterThan(0);
  });

  it('returns done work filed under the release shipped before it was resolved, and more filed under one released on or after', () => {
    const filed = standard.flatMap((i) => {
      const release = i.fields.fixVersions.find((v) => v.released);
      return release === undefined || i.fields.resolutiondate === null
        ? []
        : [{ release, resolved: localDate(instant(i.fields.resolutiondate), fixture.timeZone) }];
    });
    const late = filed.filter(({ release, resolved }) => resolved > release.releaseDate).length;
    expect(late).toBeGreaterThan(2);
    expect(filed.length - late).toBeGreaterThan(10 * late);
  });

  it('returns a site admin, a portfolio lead without every project, a product owner and a newcomer', () => {
    const keys = fixture.projects.map((p) => p.key);
    const [admin, lead, owner, newcomer] = fixture.users;
    expect(admin?.siteAdmin === true && keys.every((k) => admin.permissions[k]?.includes('BROWSE_PROJECTS'))).toBe(true);
    expect(Object.keys(lead?.permissions ?? {}).length).toBe(keys.length - 1);
    expect(Object.values(owner?.permissions ?? {})).toEqual([['BROWSE_PROJECTS', 'EDIT_ISSUES']]);
    expect(newcomer?.permissions).toEqual({});
    expect(fixture.users.every((u) => /^557058:[0-9a-f-]{36}$/.test(u.accountId))).toBe(true);
  });
});

function fieldSprints(issue: IssueJson): unknown[] | null {
  const value = issue.fields[SPRINT_FIELD];
  return Array.isArray(value) ? value : null;
}

function at(text: string | undefined): number {
  return text === undefined ? -Infinity : instant(text);
}

/** Signed distance to the nearest local month start in the site's time zone. */
function offsetFromMonthStart(ms: number): number {
  const local = new TZDate(ms, fixture.timeZone);
  const thisMonth = new TZDate(local.getFullYear(), local.getMonth(), 1, 0, 0, fixture.timeZone).getTime();
  const nextMonth = new TZDate(local.getFullYear(), local.getMonth() + 1, 1, 0, 0, fixture.timeZone).getTime();
  return ms - thisMonth < nextMonth - ms ? ms - thisMonth : ms - nextMonth;
}
