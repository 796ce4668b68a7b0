/**
 * Values that are the same on every Jira Cloud site, so a fixture does not carry them: status category
 * ids and colours, project permission ids and names, and the entity properties the app indexes.
 */
export interface StatusCategory {
  id: number;
  key: 'new' | 'indeterminate' | 'done';
  name: string;
  colorName: string;
}

export const STATUS_CATEGORIES: readonly StatusCategory[] = [
  { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  { id: 3, key: 'done', name: 'Done', colorName: 'green' },
];

export interface PermissionInfo {
  id: string;
  name: string;
  type: 'PROJECT' | 'GLOBAL';
  description: string;
}

export const PERMISSIONS: Readonly<Record<string, PermissionInfo>> = {
  ADMINISTER: {
    id: '0',
    name: 'Administer Jira',
    type: 'GLOBAL',
    description:
      'Create and administer projects, issue types, fields, workflows, and schemes for all projects. Users with this permission can perform most administration tasks, except: managing users, importing data, and editing system email settings.',
  },
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects', type: 'PROJECT', description: 'Ability to browse projects and the issues within them.' },
  CREATE_ISSUES: { id: '11', name: 'Create Issues', type: 'PROJECT', description: 'Ability to create issues.' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', type: 'PROJECT', description: 'Ability to edit issues.' },
  ASSIGN_ISSUES: { id: '13', name: 'Assign Issues', type: 'PROJECT', description: 'Ability to assign issues to other people.' },
  RESOLVE_ISSUES: {
    id: '14',
    name: 'Resolve Issues',
    type: 'PROJECT',
    description: 'Ability to resolve and reopen issues. This includes the ability to set a fix version.',
  },
  ADD_COMMENTS: { id: '15', name: 'Add Comments', type: 'PROJECT', description: 'Ability to comment on issues.' },
  DELETE_ISSUES: { id: '16', name: 'Delete Issues', type: 'PROJECT', description: 'Ability to delete issues.' },
  ASSIGNABLE_USER: { id: '17', name: 'Assignable User', type: 'PROJECT', description: 'Users with this permission may be assigned to issues.' },
  CLOSE_ISSUES: {
    id: '18',
    name: 'Close Issues',
    type: 'PROJECT',
    description: 'Ability to close issues. Often useful where your developers resolve issues, and a QA department closes them.',
  },
  CREATE_ATTACHMENTS: { id: '19', name: 'Create Attachments', type: 'PROJECT', description: 'Users with this permission may create attachments.' },
  WORK_ON_ISSUES: {
    id: '20',
    name: 'Work On Issues',
    type: 'PROJECT',
    description: 'Ability to log work done against an issue. Only useful if Time Tracking is turned on.',
  },
  LINK_ISSUES: {
    id: '21',
    name: 'Link Issues',
    type: 'PROJECT',
    description: 'Ability to link issues together and create linked issues. Only useful if issue linking is turned on.',
  },
  ADMINISTER_PROJECTS: { id: '23', name: 'Administer Projects', type: 'PROJECT', description: 'Ability to administer a project in Jira.' },
  MOVE_ISSUES: {
    id: '25',
    name: 'Move Issues',
    type: 'PROJECT',
    description:
      'Ability to move issues between projects or between workflows of the same project (if applicable). Note the user can only move issues to a project they have the create permission for.',
  },
  SCHEDULE_ISSUES: { id: '28', name: 'Schedule Issues', type: 'PROJECT', description: "Ability to view or edit an issue's due date." },
  TRANSITION_ISSUES: { id: '46', name: 'Transition Issues', type: 'PROJECT', description: 'Ability to transition issues.' },
};

/**
 * Issue entity properties indexed for JQL (what the app's manifest declares): each gives the clause
 * `issue.property[key].path` and its alias.
 */
export interface IndexedProperty {
  key: string;
  path: string;
  alias: string;
}

export const INDEXED_PROPERTIES: readonly IndexedProperty[] = [{ key: 'product-work-type', path: 'workType', alias: 'workType' }];

/** Jira's limits on entity properties. */
export const PROPERTY_KEY_MAX_LENGTH = 255;
export const PROPERTY_VALUE_MAX_BYTES = 32768;
