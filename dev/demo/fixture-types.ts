/** The JSON shapes of a `site-fixture/1` file (see /work/shared/fixtures/README.md); its expected figures are in expected-types.ts. */
export type WorkType = 'feature' | 'defect' | 'risk' | 'debt';
export type WorkBucket = WorkType | 'untagged';
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface StatusJson {
  id: string;
  name: string;
  statusCategory: { key: StatusCategoryKey; name: string };
}

export interface IssueTypeJson {
  id: string;
  name: string;
  hierarchyLevel: number;
  subtask: boolean;
}

export interface FieldJson {
  id: string;
  key: string;
  name: string;
  custom: boolean;
  schema: { type: string; items?: string; system?: string; custom?: string; customId?: number };
}

export type Permission = 'BROWSE_PROJECTS' | 'EDIT_ISSUES' | 'ADMINISTER_PROJECTS';

export interface UserJson {
  accountId: string;
  displayName: string;
  timeZone: string;
  siteAdmin?: boolean;
  permissions: Record<string, Permission[]>;
  /** Ids of the issue security levels the user holds; absent when they hold none. */
  issueSecurityLevels?: string[];
}

export interface SecurityLevelJson {
  id: string;
  name: string;
  description: string;
}

export interface ProjectJson {
  id: string;
  key: string;
  name: string;
  projectTypeKey: 'software';
  style: 'classic';
}

export interface VersionJson {
  id: string;
  projectId: string;
  name: string;
  description: string;
  archived: boolean;
  released: boolean;
  startDate: string;
  releaseDate: string;
}

export interface BoardJson {
  id: number;
  name: string;
  type: 'scrum' | 'kanban';
  location: { projectKey: string; projectId: string };
  estimation: { type: 'field'; field: { fieldId: string; displayName: string } };
  /** Absent: one column per status category. */
  columnConfig?: { columns: Array<{ name: string; statuses: Array<{ id: string }> }> };
  /** Absent: `project = <location key> ORDER BY Rank ASC`, with the board's id as the filter's. */
  filter?: { id: string; name: string; jql: string };
}

export type SprintState = 'closed' | 'active' | 'future';

export interface SprintJson {
  id: number;
  self: string;
  originBoardId: number;
  name: string;
  state: SprintState;
  startDate?: string;
  endDate?: string;
  completeDate?: string;
  goal: string;
}

export interface SprintRefJson {
  id: number;
  name: string;
  state: SprintState;
  boardId: number;
}

export interface ChangeItemJson {
  field: string;
  fieldtype: 'jira' | 'custom';
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface HistoryJson {
  id: string;
  created: string;
  items: ChangeItemJson[];
}

export interface ParentJson {
  id: string;
  key: string;
  fields: { summary: string; status: StatusJson; issuetype: IssueTypeJson };
}

/** Issue fields; the story point, Sprint and decoy fields sit under their custom field ids. */
export interface IssueFieldsJson {
  summary: string;
  issuetype: IssueTypeJson;
  project: { id: string; key: string; name: string };
  status: StatusJson;
  labels: string[];
  created: string;
  updated: string;
  resolutiondate: string | null;
  fixVersions: Array<{ id: string; name: string; released: boolean; releaseDate: string }>;
  parent?: ParentJson;
  /** The issue's security level; absent when it has none. */
  security?: { id: string; name: string };
  [customFieldId: `customfield_${number}`]: number | SprintRefJson[] | null;
}

export interface IssueJson {
  id: string;
  key: string;
  fields: IssueFieldsJson;
  properties: Record<string, { workType: WorkType }>;
  changelog: HistoryJson[];
}

export interface SiteFixtureJson {
  format: 'site-fixture/1';
  seed: number;
  now: string;
  timeZone: string;
  statuses: StatusJson[];
  issueTypes: IssueTypeJson[];
  fields: FieldJson[];
  users: UserJson[];
  /** Present when the site has issue security levels. */
  issueSecurityLevels?: SecurityLevelJson[];
  projects: ProjectJson[];
  versions: VersionJson[];
  boards: BoardJson[];
  sprints: SprintJson[];
  issues: IssueJson[];
}
