import type {
  FixtureBoard,
  FixtureIssue,
  FixtureProject,
  FixtureSecurityLevel,
  FixtureSprint,
  FixtureUser,
  FixtureVersion,
  ProjectPermissionKey,
  SiteFixture,
} from './fixture';

import { appUser } from './auth';
import { SiteClock } from './clock';
import { EventHub } from './events';

export const SPRINT_FIELD_TYPE = 'com.pyxis.greenhopper.jira:gh-sprint';
export const RANK_FIELD_TYPE = 'com.pyxis.greenhopper.jira:gh-lexo-rank';

/** Lookups over a whole fixture, built once per site. Keys are matched case-insensitively, as Jira does. */
export class SiteIndex {
  readonly projectById = new Map<string, FixtureProject>();
  readonly projectByKey = new Map<string, FixtureProject>();
  readonly issueById = new Map<string, FixtureIssue>();
  readonly issueByKey = new Map<string, FixtureIssue>();
  readonly boardById = new Map<number, FixtureBoard>();
  readonly sprintById = new Map<number, FixtureSprint>();
  readonly userById = new Map<string, FixtureUser>();
  /** The Sprint field, found by its type: its id differs from site to site. */
  readonly sprintFieldId: string | undefined;
  /** The "now" of every write; starts at the fixture's `now`. */
  readonly clock: SiteClock;
  /** Where writes deliver their product events. */
  readonly events = new EventHub();
  /** The site's address once it listens, for `self` links in event payloads; empty before. */
  baseUrl = '';
  private lastHistoryId: number | undefined;

  constructor(readonly fixture: SiteFixture) {
    for (const project of fixture.projects) {
      this.projectById.set(project.id, project);
      this.projectByKey.set(project.key.toUpperCase(), project);
    }
    for (const issue of fixture.issues) {
      this.issueById.set(issue.id, issue);
      this.issueByKey.set(issue.key.toUpperCase(), issue);
    }
    for (const board of fixture.boards) this.boardById.set(board.id, board);
    for (const sprint of fixture.sprints) this.sprintById.set(sprint.id, sprint);
    for (const user of fixture.users) this.userById.set(user.accountId, user);
    this.sprintFieldId = fixture.fields.find((field) => field.schema?.custom === SPRINT_FIELD_TYPE)?.id;
    this.clock = new SiteClock(fixture);
  }

  /** A change history id above every one on the site, as Jira's are unique across issues. */
  nextHistoryId(): string {
    const last = this.lastHistoryId ?? this.fixture.issues.reduce((max, i) => i.changelog.reduce((m, h) => Math.max(m, Number(h.id) || 0), max), 0);
    this.lastHistoryId = last + 1;
    return String(this.lastHistoryId);
  }

  /** Takes a deleted issue out of the site and its lookups. */
  removeIssue(issue: FixtureIssue): void {
    this.fixture.issues = this.fixture.issues.filter((i) => i !== issue);
    this.issueById.delete(issue.id);
    this.issueByKey.delete(issue.key.toUpperCase());
    this.noteWrite();
  }

  viewFor(user: FixtureUser): SiteView {
    return new SiteView(this, user);
  }

  /** The site as the app sees it (Forge's `asApp()`): everything. */
  appView(): SiteView {
    return new SiteView(this, appUser(this.fixture), true);
  }

  /**
   * A search result, computed once per user, query and state of the site. Paging through a large
   * result asks the same query again for every page; Jira answers from an index, so the emulator must
   * not re-evaluate the query over every issue each time, or it, not the app, dominates benchmarks.
   */
  cachedSearch(accountId: string, jql: string, compute: () => FixtureIssue[]): FixtureIssue[] {
    const key = `${accountId}\u0000${jql}`;
    const cached = this.searches.get(key);
    if (cached !== undefined) return cached;
    const result = compute();
    if (this.searches.size >= SEARCH_CACHE_SIZE) this.searches.delete(this.searches.keys().next().value ?? key);
    this.searches.set(key, result);
    return result;
  }

  /** Any write to the site makes every cached search stale. */
  noteWrite(): void {
    this.searches.clear();
  }

  private readonly searches = new Map<string, FixtureIssue[]>();
}

const SEARCH_CACHE_SIZE = 256;

/**
 * The site as one user sees it: a project they may not browse does not exist for them, nor do its
 * issues, versions, boards and those boards' sprints. Every route reads the site through a view.
 */
export class SiteView {
  private readonly browsable: Set<string>;
  private readonly levels: Set<string>;

  constructor(
    readonly index: SiteIndex,
    readonly user: FixtureUser,
    /** The app's own identity rather than a user's: it holds every permission, global ones included. */
    readonly isApp = false,
  ) {
    this.browsable = new Set(index.fixture.projects.filter((p) => user.permissions[p.key]?.includes('BROWSE_PROJECTS') === true).map((p) => p.id));
    this.levels = new Set(user.issueSecurityLevels);
  }

  get fixture(): SiteFixture {
    return this.index.fixture;
  }

  /** The zone the user's dates are read in: their own, else the site's. */
  get timeZone(): string {
    return this.user.timeZone || this.fixture.timeZone;
  }

  canBrowse(projectId: string): boolean {
    return this.browsable.has(projectId);
  }

  /** Whether the user holds a permission on a project they can see. */
  hasPermission(project: FixtureProject, permission: ProjectPermissionKey): boolean {
    return this.canBrowse(project.id) && this.user.permissions[project.key]?.includes(permission) === true;
  }

  projects(): FixtureProject[] {
    return this.fixture.projects.filter((p) => this.canBrowse(p.id));
  }

  /** A project by id or key. */
  project(idOrKey: string): FixtureProject | undefined {
    const project = this.index.projectById.get(idOrKey) ?? this.index.projectByKey.get(idOrKey.toUpperCase());
    return project && this.canBrowse(project.id) ? project : undefined;
  }

  /** An issue exists for the user when they may browse its project and hold its security level, if it has one. */
  canSee(issue: FixtureIssue): boolean {
    const level = issue.fields.security?.id;
    return this.canBrowse(issue.fields.project.id) && (level === undefined || this.levels.has(level));
  }

  issues(): FixtureIssue[] {
    return this.fixture.issues.filter((issue) => this.canSee(issue));
  }

  /** An issue by id or key. */
  issue(idOrKey: string): FixtureIssue | undefined {
    const issue = this.index.issueById.get(idOrKey) ?? this.index.issueByKey.get(idOrKey.toUpperCase());
    return issue && this.canSee(issue) ? issue : undefined;
  }

  /** The site's issue security levels the user holds. */
  securityLevels(): FixtureSecurityLevel[] {
    return this.fixture.issueSecurityLevels.filter((level) => this.levels.has(level.id));
  }

  versions(projectId: string): FixtureVersion[] {
    return this.canBrowse(projectId) ? this.fixture.versions.filter((v) => v.projectId === projectId) : [];
  }

  /** Versions of every project the user may browse. */
  allVersions(): FixtureVersion[] {
    return this.fixture.versions.filter((v) => this.canBrowse(v.projectId));
  }

  boards(): FixtureBoard[] {
    return this.fixture.boards.filter((b) => this.canBrowse(b.location.projectId));
  }

  board(id: number): FixtureBoard | undefined {
    const board = this.index.boardById.get(id);
    return board && this.canBrowse(board.location.projectId) ? board : undefined;
  }

  /** Sprints of boards the user can see. */
  sprints(): FixtureSprint[] {
    return this.fixture.sprints.filter((s) => this.board(s.originBoardId) !== undefined);
  }

  sprint(id: number): FixtureSprint | undefined {
    const sprint = this.index.sprintById.get(id);
    return sprint && this.board(sprint.originBoardId) ? sprint : undefined;
  }

  /** Ids of the sprints in an issue's Sprint field now. */
  sprintIdsOf(issue: FixtureIssue): number[] {
    const fieldId = this.index.sprintFieldId;
    const value = fieldId === undefined ? undefined : issue.fields[fieldId];
    if (!Array.isArray(value)) return [];
    return value.flatMap((sprint: unknown) =>
      typeof sprint === 'object' && sprint !== null && 'id' in sprint && typeof sprint.id === 'number' ? [sprint.id] : [],
    );
  }
}
