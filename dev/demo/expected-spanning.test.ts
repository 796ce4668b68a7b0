import type { ExpectedBoard } from './expected-types';
import type { IssueJson, UserJson } from './fixture-types';
import { replaySprint } from './sprint-replay';
import { defaultSite, filterProjects } from './test-support';

const { fixture, expected } = defaultSite();
const spanning = fixture.boards.find((b) => filterProjects(b).length > 1);
const [own = '', other = ''] = spanning === undefined ? [] : filterProjects(spanning);
const user = (name: string) => fixture.users.find((u) => u.displayName === name);

function boardSeenBy(viewer: UserJson | undefined): ExpectedBoard | undefined {
  return expected.viewers[viewer?.accountId ?? '']?.[own]?.velocity.boards.find((b) => b.id === spanning?.id);
}

/** What METRICS.md lets `viewer` see: issues of projects they browse, unsecured or at a level they hold. */
const seenBy = (viewer: UserJson | undefined) => (issue: IssueJson) =>
  viewer?.permissions[issue.fields.project.key]?.includes('BROWSE_PROJECTS') === true &&
  (issue.fields.security === undefined || (viewer.issueSecurityLevels ?? []).includes(issue.fields.security.id));

describe("the expected sprint reports of a board whose filter spans another project's work", () => {
  it("returns the other project's issues in its sprints to the site admin", () => {
    const keys = boardSeenBy(user('Alex Morgan'))?.sprints.flatMap((s) => s.issues.map((i) => i.key)) ?? [];
    expect([own, other]).toEqual(['PAY', 'IDN']);
    expect(keys.filter((k) => k.startsWith(`${other}-`)).length).toBeGreaterThan(10);
  });

  it.each(['Priya Natarajan', 'Samuel Okafor'])(
    "returns, for %s who may browse the board's project but not the other, sprints without its issues, as a replay of what they see gives",
    (name) => {
      const viewer = user(name);
      const board = boardSeenBy(viewer);
      const admin = new Map(boardSeenBy(user('Alex Morgan'))?.sprints.map((s) => [s.id, s]));
      const keys = board?.sprints.flatMap((s) => s.issues.map((i) => i.key)) ?? [];
      const differing = board?.sprints.filter((s) => admin.get(s.id)?.committed !== s.committed || admin.get(s.id)?.completed !== s.completed) ?? [];
      expect([viewer?.permissions[own] !== undefined, viewer?.permissions[other]]).toEqual([true, undefined]);
      expect([keys.length > 100, keys.some((k) => k.startsWith(`${other}-`))]).toEqual([true, false]);
      expect(differing.length).toBeGreaterThan(3);
      for (const s of board?.sprints ?? [])
        expect(replaySprint(fixture, s.id, seenBy(viewer))).toEqual({ committed: s.committed, completed: s.completed, issues: s.issues });
    },
  );

  it("returns each sprint's issues in plain string order of their keys, PAY-10 before PAY-9", () => {
    const lists = Object.values(expected.projects).flatMap((p) => p.velocity.boards.flatMap((b) => b.sprints.map((s) => s.issues.map((i) => i.key))));
    const unordered = lists.filter((keys) => keys.some((k, n) => n > 0 && (keys[n - 1] ?? '') >= k));
    const project = (key: string) => key.slice(0, key.indexOf('-'));
    const longerFirst = (previous: string, key: string) => project(previous) === project(key) && previous.length > key.length;
    const mixedLengths = lists.filter((keys) => keys.some((k, n) => n > 0 && longerFirst(keys[n - 1] ?? '', k)));
    expect(unordered).toEqual([]);
    expect(mixedLengths.length).toBeGreaterThan(0);
  });
});
