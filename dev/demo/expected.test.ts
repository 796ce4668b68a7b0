import { TZDate } from '@date-fns/tz';
import { STORY_POINTS_FIELD, WORK_TYPE_PROPERTY } from './catalogue';
import type { IssueJson, WorkBucket } from './fixture-types';
import { replaySprint } from './sprint-replay';
import { defaultSite, instant, standardIssues } from './test-support';

const { fixture, expected } = defaultSite();
const byKey = new Map(fixture.issues.map((i) => [i.key, i]));

function tagOf(issue: IssueJson): WorkBucket | null {
  const property = issue.properties[WORK_TYPE_PROPERTY]?.workType;
  if (property !== undefined) return property;
  const label = issue.fields.labels.map((l) => l.toLowerCase()).find((l) => ['feature', 'defect', 'risk', 'debt', 'tech-debt'].includes(l));
  return label === undefined ? null : label === 'tech-debt' ? 'debt' : (label as WorkBucket);
}

function workType(issue: IssueJson): WorkBucket {
  const property = issue.properties[WORK_TYPE_PROPERTY]?.workType;
  if (property !== undefined) return property;
  const parent = issue.fields.parent === undefined ? undefined : byKey.get(issue.fields.parent.key);
  const epicTag = parent?.fields.issuetype.hierarchyLevel === 1 ? tagOf(parent) : null;
  return epicTag ?? tagOf(issue) ?? (issue.fields.issuetype.name === 'Bug' ? 'defect' : 'untagged');
}

function monthOf(text: string): string {
  const d = new TZDate(instant(text), fixture.timeZone);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

describe('the expected figures', () => {
  it('returns the committed, completed and issues a changelog replay gives for the sprint whose completed differs most from its committed', () => {
    const boards = Object.values(expected.projects).flatMap((p) => p.velocity.boards);
    const sprints = boards.flatMap((b) => b.sprints);
    const busiest = [...sprints].sort((a, b) => Math.abs(b.committed - b.completed) - Math.abs(a.committed - a.completed))[0];
    expect(busiest).toBeDefined();
    expect(replaySprint(fixture, busiest?.id ?? -1)).toEqual({ committed: busiest?.committed, completed: busiest?.completed, issues: busiest?.issues });
  });

  it('returns the committed and completed a changelog replay gives for every closed sprint of the first board', () => {
    const board = Object.values(expected.projects)[0]?.velocity.boards[0];
    const replayed = (board?.sprints ?? []).map((s) => ({ id: s.id, name: s.name, ...replaySprint(fixture, s.id) }));
    expect(replayed.length).toBeGreaterThan(40);
    expect(board?.sprints).toEqual(replayed);
  });

  it('returns the sprint reports a changelog replay gives for every closed sprint of every board', () => {
    const sprints = Object.values(expected.projects).flatMap((p) => p.velocity.boards.flatMap((b) => b.sprints));
    const differing = sprints.filter(
      (s) => JSON.stringify(replaySprint(fixture, s.id)) !== JSON.stringify({ committed: s.committed, completed: s.completed, issues: s.issues }),
    );
    expect(sprints.length).toBeGreaterThan(150);
    expect(differing.map((s) => s.id)).toEqual([]);
  });

  it('returns the velocity as the mean completed of the last three closed sprints', () => {
    const board = Object.values(expected.projects)[0]?.velocity.boards[0];
    const last = (board?.sprints ?? []).slice(-3).map((s) => s.completed);
    expect(board?.velocity).toBeCloseTo(last.reduce((a, b) => a + b, 0) / 3, 10);
  });

  it('returns the workload a brute-force count gives for the month before now in the first project', () => {
    const project = fixture.projects[0]?.key ?? '';
    const month = expected.projects[project]?.workload.months[10];
    const counted = {
      feature: { count: 0, points: 0 },
      defect: { count: 0, points: 0 },
      risk: { count: 0, points: 0 },
      debt: { count: 0, points: 0 },
      untagged: { count: 0, points: 0 },
    };
    for (const issue of standardIssues(fixture).filter((i) => i.fields.project.key === project)) {
      if (issue.fields.resolutiondate === null || monthOf(issue.fields.resolutiondate) !== month?.month) continue;
      const bucket = counted[workType(issue)];
      bucket.count += 1;
      bucket.points += Number(issue.fields[STORY_POINTS_FIELD] ?? 0);
    }
    expect(month).toEqual({ month: month?.month, ...counted });
    expect(Object.values(counted).reduce((n, b) => n + b.count, 0)).toBeGreaterThan(3);
  });

  it('returns twelve months ending with the month that contains now', () => {
    const months = Object.values(expected.projects)[0]?.workload.months.map((m) => m.month);
    expect(months).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
  });

  it('returns in-flight work that counts every unresolved standard issue once', () => {
    for (const [key, project] of Object.entries(expected.projects)) {
      const unresolved = standardIssues(fixture).filter((i) => i.fields.project.key === key && i.fields.resolutiondate === null);
      expect(Object.values(project.inFlight).reduce((n, b) => n + b.count, 0)).toBe(unresolved.length);
    }
  });
});
