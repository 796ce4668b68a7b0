import { CATEGORY_COLUMNS, doneColumnOf } from './columns';
import type { IssueKind } from './catalogue';
import { DEFAULT_NOW, DEFAULT_TIME_ZONE, generateSite } from './generate-site';
import type { SimProject } from './issues';
import type { SimIssue } from './model';
import { productAt } from './names';
import { Rng } from './rng';
import { assignSecurity, SECURITY_LEVELS } from './security';
import { standardIssues } from './test-support';

const small = { now: DEFAULT_NOW, timeZone: DEFAULT_TIME_ZONE, projects: 4, issuesPerProject: 120, securedShare: 0.1 };

/** A bare issue of `kind`; only the fields security assignment reads matter. */
function issue(uid: number, kind: IssueKind, parent: SimIssue | null = null): SimIssue {
  return {
    uid,
    projectIndex: 0,
    kind,
    created: 0,
    summary: '',
    labels: [],
    property: null,
    parent,
    boardId: null,
    legacyPoints: null,
    doneColumn: doneColumnOf(CATEGORY_COLUMNS),
    status: 'todo',
    startedAt: null,
    doneSince: null,
    enteredSprint: new Map(),
    estimate: null,
    sprints: [],
    resolvedAt: null,
    fixVersionId: null,
    security: null,
    events: [],
  };
}

/** Product `index` of the catalogue with ten stories, an epic and a sub-task under each story. */
function project(index: number): SimProject {
  const stories = Array.from({ length: 10 }, (_, n) => issue(n + 1, 'story'));
  const epic = issue(100, 'epic');
  const subtasks = stories.map((s) => issue(200 + s.uid, 'subtask', s));
  return { index, id: String(10000 + index), product: productAt(index), epics: [epic], issues: [epic, ...stories, ...subtasks] };
}

const securedIds = (p: SimProject) => p.issues.filter((i) => i.security !== null).map((i) => `${i.uid}:${i.security ?? ''}`);

describe('assignSecurity', () => {
  it('returns three of ten stories secured in Identity and none in Payments when the share is 0.3', () => {
    const [payments, identity] = [project(0), project(3)];
    assignSecurity(new Rng(7), [payments, identity], 0.3);
    expect(identity.product.key).toBe('IDN');
    expect(identity.issues.filter((i) => i.kind === 'story' && i.security !== null)).toHaveLength(3);
    expect(payments.issues.every((i) => i.security === null)).toBe(true);
  });

  it('returns the same issues under the same levels when run twice with the same seed', () => {
    const [a, b] = [project(3), project(3)];
    assignSecurity(new Rng(7), [a], 0.3);
    assignSecurity(new Rng(7), [b], 0.3);
    expect(securedIds(a)).toEqual(securedIds(b));
  });

  it("returns sub-tasks under their parent's level and the epic unsecured when stories are secured", () => {
    const identity = project(3);
    assignSecurity(new Rng(7), [identity], 0.5);
    const subtasks = identity.issues.filter((i) => i.kind === 'subtask');
    expect(subtasks.every((s) => s.security === s.parent?.security)).toBe(true);
    expect(subtasks.filter((s) => s.security !== null)).toHaveLength(5);
    expect(identity.epics[0]?.security).toBeNull();
  });

  it('returns nothing secured when the share is 0', () => {
    const identity = project(3);
    assignSecurity(new Rng(7), [identity], 0);
    expect(securedIds(identity)).toEqual([]);
  });
});

describe('a generated site with secured issues', () => {
  const { fixture } = generateSite({ seed: 4, ...small });
  const levelIds = Object.values(SECURITY_LEVELS).map((l) => l.id);

  it("returns the share of each sensitive project's standard issues under a level and none elsewhere", () => {
    const secured = Object.fromEntries(
      fixture.projects.map((p) => {
        const standard = standardIssues(fixture).filter((i) => i.fields.project.key === p.key);
        return [p.key, [standard.filter((i) => i.fields.security !== undefined).length, Math.round(0.1 * standard.length)]];
      }),
    );
    expect(Object.keys(secured)).toEqual(['PAY', 'BEN', 'CASE', 'IDN']);
    expect([secured.PAY?.[0], secured.BEN?.[0]]).toEqual([0, 0]);
    expect(secured.CASE?.[0]).toBe(secured.CASE?.[1]);
    expect(secured.IDN?.[0]).toBe(secured.IDN?.[1]);
    expect(secured.IDN?.[0]).toBeGreaterThan(5);
  });

  it("returns the site's levels, every one of them held by the admin and each used by some issue", () => {
    expect(fixture.issueSecurityLevels?.map((l) => l.id)).toEqual(levelIds);
    expect(fixture.users[0]?.siteAdmin === true && fixture.users[0].issueSecurityLevels).toEqual(levelIds);
    for (const id of levelIds) expect(fixture.issues.some((i) => i.fields.security?.id === id)).toBe(true);
  });

  it('returns a user who browses a secured project but holds no level, and users holding one level each', () => {
    const browsesCase = fixture.users.filter((u) => u.permissions.CASE?.includes('BROWSE_PROJECTS') === true);
    expect(browsesCase.some((u) => u.issueSecurityLevels === undefined)).toBe(true);
    expect(fixture.users.filter((u) => u.issueSecurityLevels?.length === 1).map((u) => u.issueSecurityLevels)).toEqual([
      [SECURITY_LEVELS.security.id],
      [SECURITY_LEVELS.confidential.id],
    ]);
  });

  it('returns secured fields that name the level as the site lists it and epics that are never secured', () => {
    const names = new Map((fixture.issueSecurityLevels ?? []).map((l) => [l.id, l.name]));
    const secured = fixture.issues.filter((i) => i.fields.security !== undefined);
    expect(secured.every((i) => names.get(i.fields.security?.id ?? '') === i.fields.security?.name)).toBe(true);
    expect(secured.some((i) => i.fields.issuetype.hierarchyLevel === 1)).toBe(false);
  });

  it('returns the same site apart from its security fields when only the share differs', () => {
    const plain = generateSite({ seed: 4, ...small, securedShare: 0 }).fixture;
    const { issueSecurityLevels, ...rest } = fixture;
    const unsecured = {
      ...rest,
      users: rest.users.map(({ issueSecurityLevels: held, ...user }) => user),
      issues: rest.issues.map(({ fields: { security, ...fields }, ...issue }) => ({ ...issue, fields })),
    };
    expect(issueSecurityLevels).toHaveLength(2);
    expect(unsecured).toEqual(plain);
  });

  it('returns no levels and no secured issues when the share is 0', () => {
    const plain = generateSite({ seed: 4, ...small, securedShare: 0 }).fixture;
    expect([plain.issueSecurityLevels, plain.issues.some((i) => i.fields.security !== undefined)]).toEqual([undefined, false]);
    expect(plain.users.some((u) => u.issueSecurityLevels !== undefined)).toBe(false);
  });
});
