import { SPRINT_FIELD, STORY_POINTS_FIELD } from './catalogue';
import type { IssueJson, SiteFixtureJson } from './fixture-types';
import { currentEstimate, currentSprints, defaultSite, filterProjects, instant, itemsOf } from './test-support';

const { fixture } = defaultSite();

/** Replays a field's changes from the first `from` forwards; returns the end value, or a break in the chain. */
function replayForward(issue: IssueJson, fieldId: string, side: 'id' | 'string'): { end: string | null; broken: string[] } {
  const items = itemsOf(issue, fieldId).map((c) => c.item);
  const from = (i: (typeof items)[number]) => (side === 'id' ? i.from : i.fromString);
  const to = (i: (typeof items)[number]) => (side === 'id' ? i.to : i.toString);
  const broken: string[] = [];
  let value = items[0] === undefined ? null : from(items[0]);
  for (const item of items) {
    if (from(item) !== value) broken.push(`${issue.key} ${fieldId}: from ${String(from(item))} after ${String(value)}`);
    value = to(item);
  }
  return { end: value, broken };
}

function allUnique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

function mismatches(f: SiteFixtureJson, check: (issue: IssueJson) => string[]): string[] {
  return f.issues.flatMap(check).slice(0, 5);
}

describe('the generated fixture', () => {
  it('returns issues whose Sprint, estimate and status equal the replay of their changelog', () => {
    expect(
      mismatches(fixture, (issue) => {
        const checks: Array<[string, 'id' | 'string', string | null]> = [
          [SPRINT_FIELD, 'id', currentSprints(issue)],
          [STORY_POINTS_FIELD, 'string', currentEstimate(issue)],
          ['status', 'id', issue.fields.status.id],
        ];
        return checks.flatMap(([fieldId, side, current]) => {
          if (itemsOf(issue, fieldId).length === 0) return [];
          const { end, broken } = replayForward(issue, fieldId, side);
          return end === current ? broken : [...broken, `${issue.key} ${fieldId}: replay ends at ${String(end)}, field is ${String(current)}`];
        });
      }),
    ).toEqual([]);
  });

  it('returns unique ids for issues, keys, histories, sprints, boards and versions', () => {
    expect(allUnique(fixture.issues.map((i) => i.id))).toBe(true);
    expect(allUnique(fixture.issues.map((i) => i.key))).toBe(true);
    expect(allUnique(fixture.issues.flatMap((i) => i.changelog.map((h) => h.id)))).toBe(true);
    expect(allUnique(fixture.sprints.map((s) => String(s.id)))).toBe(true);
    expect(allUnique(fixture.boards.map((b) => String(b.id)))).toBe(true);
    expect(allUnique(fixture.versions.map((v) => v.id))).toBe(true);
  });

  it('returns parents that exist one hierarchy level up in the same project', () => {
    const byKey = new Map(fixture.issues.map((i) => [i.key, i]));
    expect(
      mismatches(fixture, (issue) => {
        const ref = issue.fields.parent;
        if (ref === undefined) return issue.fields.issuetype.hierarchyLevel === -1 ? [`${issue.key} has no parent`] : [];
        const parent = byKey.get(ref.key);
        const ok =
          parent !== undefined &&
          parent.id === ref.id &&
          parent.fields.status.id === ref.fields.status.id &&
          parent.fields.issuetype.hierarchyLevel === issue.fields.issuetype.hierarchyLevel + 1 &&
          parent.fields.project.key === issue.fields.project.key;
        return ok ? [] : [`${issue.key}: parent ${ref.key} does not match`];
      }),
    ).toEqual([]);
  });

  it("returns Sprint field items that name existing sprints of boards whose filter matches the issue's project", () => {
    const sprints = new Map(fixture.sprints.map((s) => [s.id, s]));
    const boardProjects = new Map(fixture.boards.map((b) => [b.id, filterProjects(b)]));
    expect(
      mismatches(fixture, (issue) => {
        const refs = issue.fields[SPRINT_FIELD];
        return (Array.isArray(refs) ? refs : []).flatMap((ref) => {
          const s = sprints.get(ref.id);
          const ok =
            s !== undefined &&
            s.name === ref.name &&
            s.state === ref.state &&
            s.originBoardId === ref.boardId &&
            boardProjects.get(ref.boardId)?.includes(issue.fields.project.key) === true;
          return ok ? [] : [`${issue.key}: sprint ${ref.id}`];
        });
      }),
    ).toEqual([]);
  });

  it('returns changelogs in time order between creation and now, with resolutiondate at the last resolution', () => {
    const now = instant(fixture.now);
    expect(
      mismatches(fixture, (issue) => {
        const times = issue.changelog.map((h) => instant(h.created));
        const ordered = times.every((t, n) => t > instant(issue.fields.created) && t <= now && (n === 0 || t >= (times[n - 1] ?? 0)));
        const resolutions = itemsOf(issue, 'resolution');
        const last = resolutions[resolutions.length - 1];
        const expected = last === undefined || last.item.to === null ? null : last.at;
        const resolvedAt = issue.fields.resolutiondate === null ? null : instant(issue.fields.resolutiondate);
        const updatedOk = instant(issue.fields.updated) === Math.max(instant(issue.fields.created), ...times);
        return ordered && updatedOk && resolvedAt === expected ? [] : [`${issue.key}: dates out of order`];
      }),
    ).toEqual([]);
  });

  it("returns each board's sprints back to back: closed, then one active containing now, then one future", () => {
    const now = instant(fixture.now);
    for (const board of fixture.boards.filter((b) => b.type === 'scrum')) {
      const sprints = fixture.sprints.filter((s) => s.originBoardId === board.id);
      expect(sprints.map((s) => s.state).join(',')).toMatch(/^(closed,)+active,future$/);
      let previousEnd = -Infinity;
      for (const s of sprints.filter((x) => x.state !== 'future')) {
        const start = instant(s.startDate ?? '');
        const end = s.completeDate === undefined ? now : instant(s.completeDate);
        expect([start > previousEnd, start < instant(s.endDate ?? ''), start < end, end <= now]).toEqual([true, true, true, true]);
        previousEnd = end;
      }
    }
  });

  it('returns board columns that hold statuses of the site, each status in at most one column of its board', () => {
    const statusIds = new Set(fixture.statuses.map((s) => s.id));
    const configured = fixture.boards.filter((b) => b.columnConfig !== undefined);
    expect(configured.length).toBeGreaterThan(0);
    for (const board of configured) {
      const held = (board.columnConfig?.columns ?? []).flatMap((c) => c.statuses.map((s) => s.id));
      expect([held.every((id) => statusIds.has(id)), allUnique(held)]).toEqual([true, true]);
    }
  });

  it("returns board filters that name projects of the site, the board's own first", () => {
    const keys = new Set(fixture.projects.map((p) => p.key));
    const filtered = fixture.boards.filter((b) => b.filter !== undefined);
    expect(filtered.length).toBeGreaterThan(0);
    for (const board of filtered) {
      const projects = filterProjects(board);
      expect([projects[0], projects.every((k) => keys.has(k)), board.filter?.id]).toEqual([board.location.projectKey, true, String(10400 + board.id)]);
    }
  });

  it('returns fix versions that exist with the same name, release flag and date', () => {
    const versions = new Map(fixture.versions.map((v) => [v.id, v]));
    expect(
      mismatches(fixture, (issue) =>
        issue.fields.fixVersions.flatMap((fv) => {
          const v = versions.get(fv.id);
          return v?.name === fv.name && v.released === fv.released && v.releaseDate === fv.releaseDate ? [] : [`${issue.key}: ${fv.id}`];
        }),
      ),
    ).toEqual([]);
  });

  it("returns custom field ids that differ from the sample fixture's", () => {
    const byType = (custom: string) => fixture.fields.find((f) => f.schema.custom === custom)?.id;
    expect(byType('com.pyxis.greenhopper.jira:jsw-story-points')).not.toBe('customfield_10016');
    expect(byType('com.pyxis.greenhopper.jira:gh-sprint')).not.toBe('customfield_10020');
    expect(fixture.boards.every((b) => b.estimation.field.fieldId === byType('com.pyxis.greenhopper.jira:jsw-story-points'))).toBe(true);
  });
});
