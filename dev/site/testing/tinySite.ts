import type { z } from 'zod';
import { parseFixture, type SiteFixture, type siteFixtureSchema } from '../fixture';

/**
 * A small literal site for tests: two projects (ALP, BET), four users with different rights, a scrum
 * and a kanban board, sprints in every state and a handful of issues. Built fresh on every call so a
 * test may change it freely.
 */
export type FixtureJson = z.input<typeof siteFixtureSchema>;

export const ADMIN = 'acc:admin';
/** Browses ALP only, lives in Tokyo (JQL dates are read in the user's zone). */
export const VIEWER = 'acc:viewer';
/** A site admin whose permissions map grants ALP only: being admin gives no extra project rights. */
export const SITE_ADMIN = 'acc:siteadmin';
export const OUTSIDER = 'acc:outsider';

const TODO = () => ({ id: '1', name: 'To Do', statusCategory: { key: 'new' as const, name: 'To Do' } });
const DOING = () => ({ id: '3', name: 'In Progress', statusCategory: { key: 'indeterminate' as const, name: 'In Progress' } });
const DONE = () => ({ id: '5', name: 'Done', statusCategory: { key: 'done' as const, name: 'Done' } });
const EPIC = () => ({ id: '10000', name: 'Epic', hierarchyLevel: 1, subtask: false });
const STORY = () => ({ id: '10001', name: 'Story', hierarchyLevel: 0, subtask: false });
const BUG = () => ({ id: '10004', name: 'Bug', hierarchyLevel: 0, subtask: false });
const SUBTASK = () => ({ id: '10003', name: 'Sub-task', hierarchyLevel: -1, subtask: true });
const ALP = () => ({ id: '100', key: 'ALP', name: 'Alpha' });
const BET = () => ({ id: '200', key: 'BET', name: 'Beta' });
const SPRINT = 'customfield_10020';
const POINTS = 'customfield_10016';

function sprintRef(id: number, name: string, state: string, boardId: number) {
  return { id, name, state, boardId };
}

function change(field: string, fieldId: string, from: string | null, to: string | null, fromString = from, toString = to) {
  return { field, fieldtype: fieldId.startsWith('customfield') ? 'custom' : 'jira', fieldId, from, fromString, to, toString };
}

function issues(): FixtureJson['issues'] {
  const base = { labels: [], fixVersions: [], resolutiondate: null, [POINTS]: null, [SPRINT]: null };
  return [
    {
      id: '1001',
      key: 'ALP-1',
      properties: {},
      changelog: [],
      fields: {
        ...base,
        summary: 'Alpha epic',
        issuetype: EPIC(),
        project: ALP(),
        status: DOING(),
        labels: ['risk'],
        created: '2026-01-05T10:00:00.000+0000',
        updated: '2026-01-06T10:00:00.000+0000',
      },
    },
    {
      id: '1002',
      key: 'ALP-2',
      properties: { 'product-work-type': { workType: 'feature' } },
      fields: {
        ...base,
        summary: 'Alpha story',
        issuetype: STORY(),
        project: ALP(),
        status: DONE(),
        created: '2026-01-10T09:00:00.000+0000',
        updated: '2026-02-01T03:00:00.000+0000',
        resolutiondate: '2026-02-01T03:00:00.000+0000',
        parent: { id: '1001', key: 'ALP-1' },
        fixVersions: [{ id: '1001', name: 'ALP 1.0' }],
        [POINTS]: 3,
        [SPRINT]: [sprintRef(11, 'Alpha 1', 'closed', 1), sprintRef(12, 'Alpha 2', 'active', 1)],
      },
      changelog: [
        { id: '501', created: '2026-01-12T09:00:00.000+0000', items: [change('Sprint', SPRINT, '', '11')] },
        { id: '502', created: '2026-01-20T09:00:00.000+0000', items: [change('status', 'status', '1', '3', 'To Do', 'In Progress')] },
        {
          id: '505',
          created: '2026-02-01T03:00:00.000+0000',
          items: [
            change('status', 'status', '3', '5', 'In Progress', 'Done'),
            change('resolution', 'resolution', null, '10000', null, 'Done'),
            change('Sprint', SPRINT, '11', '11, 12'),
          ],
        },
      ],
    },
    {
      id: '1003',
      key: 'ALP-3',
      properties: {},
      fields: {
        ...base,
        summary: 'Alpha bug',
        issuetype: BUG(),
        project: ALP(),
        status: TODO(),
        labels: ['customer'],
        created: '2026-02-03T09:00:00.000+0000',
        updated: '2026-02-03T09:00:00.000+0000',
        [POINTS]: 5,
        [SPRINT]: [sprintRef(12, 'Alpha 2', 'active', 1)],
      },
      changelog: [
        {
          id: '503',
          created: '2026-01-25T09:00:00.000+0000',
          items: [change('Sprint', SPRINT, '', '12'), change('Story point estimate', POINTS, null, null, '3', '5')],
        },
      ],
    },
    {
      id: '1004',
      key: 'ALP-4',
      properties: {},
      changelog: [],
      fields: {
        ...base,
        summary: 'Alpha sub-task',
        issuetype: SUBTASK(),
        project: ALP(),
        status: DONE(),
        created: '2026-01-11T09:00:00.000+0000',
        updated: '2026-02-10T09:00:00.000+0000',
        resolutiondate: '2026-02-10T09:00:00.000+0000',
        parent: { id: '1002', key: 'ALP-2' },
        resolution: { id: '10000', name: 'Done' },
      },
    },
    {
      id: '1010',
      key: 'ALP-10',
      properties: {},
      changelog: [],
      fields: {
        ...base,
        summary: 'Alpha next',
        issuetype: STORY(),
        project: ALP(),
        status: DOING(),
        created: '2026-03-01T09:00:00.000+0000',
        updated: '2026-03-01T09:00:00.000+0000',
        [SPRINT]: [sprintRef(13, 'Alpha 3', 'future', 1)],
      },
    },
    {
      id: '2001',
      key: 'BET-1',
      properties: { 'product-work-type': { workType: 'risk' } },
      fields: {
        ...base,
        summary: 'Beta story',
        issuetype: STORY(),
        project: BET(),
        status: DONE(),
        created: '2026-01-15T09:00:00.000+0000',
        updated: '2026-01-28T09:00:00.000+0000',
        resolutiondate: '2026-01-28T09:00:00.000+0000',
        fixVersions: [{ id: '2001', name: 'BET 1.0' }],
        [SPRINT]: [sprintRef(31, 'Beta 1', 'active', 3)],
      },
      changelog: [
        {
          id: '504',
          created: '2026-01-28T09:00:00.000+0000',
          items: [change('status', 'status', '1', '5', 'To Do', 'Done'), change('resolution', 'resolution', null, '10001', null, "Won't Do")],
        },
      ],
    },
    {
      id: '2002',
      key: 'BET-2',
      properties: {},
      changelog: [],
      fields: {
        ...base,
        summary: 'Beta bug',
        issuetype: BUG(),
        project: BET(),
        status: TODO(),
        created: '2026-02-20T09:00:00.000+0000',
        updated: '2026-02-20T09:00:00.000+0000',
      },
    },
  ];
}

/** The site as raw JSON, as a fixture file holds it. */
export function tinySiteJson(): FixtureJson {
  const estimation = { type: 'field', field: { fieldId: POINTS, displayName: 'Story point estimate' } };
  const all = ['BROWSE_PROJECTS' as const, 'EDIT_ISSUES' as const];
  return {
    format: 'site-fixture/1',
    now: '2026-03-15T12:00:00.000+0000',
    timeZone: 'America/Toronto',
    statuses: [TODO(), DOING(), DONE()],
    issueTypes: [EPIC(), STORY(), BUG(), SUBTASK()],
    fields: [
      { id: 'summary', key: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } },
      {
        id: POINTS,
        key: POINTS,
        name: 'Story point estimate',
        custom: true,
        schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points', customId: 10016 },
      },
      {
        id: SPRINT,
        key: SPRINT,
        name: 'Sprint',
        custom: true,
        schema: { type: 'array', items: 'json', custom: 'com.pyxis.greenhopper.jira:gh-sprint', customId: 10020 },
      },
    ],
    users: [
      { accountId: ADMIN, displayName: 'Ada Admin', timeZone: 'America/Toronto', permissions: { ALP: all, BET: all } },
      { accountId: VIEWER, displayName: 'Vic Viewer', timeZone: 'Asia/Tokyo', permissions: { ALP: ['BROWSE_PROJECTS'] } },
      { accountId: SITE_ADMIN, displayName: 'Sue Siteadmin', timeZone: 'America/Toronto', siteAdmin: true, permissions: { ALP: all } },
      { accountId: OUTSIDER, displayName: 'Otto Outsider', timeZone: 'America/Toronto', permissions: {} },
    ],
    projects: [
      { ...ALP(), projectTypeKey: 'software', style: 'classic' },
      { ...BET(), projectTypeKey: 'software', style: 'next-gen' },
    ],
    versions: [
      {
        id: '1001',
        projectId: '100',
        name: 'ALP 1.0',
        description: 'First',
        released: true,
        archived: false,
        startDate: '2026-01-01',
        releaseDate: '2026-02-15',
      },
      { id: '1002', projectId: '100', name: 'ALP 2.0', released: false, archived: false, releaseDate: '2026-03-01' },
      { id: '2001', projectId: '200', name: 'BET 1.0', released: false, archived: false },
    ],
    boards: [
      { id: 1, name: 'Alpha board', type: 'scrum', location: { projectKey: 'ALP', projectId: '100' }, estimation },
      { id: 2, name: 'Beta flow', type: 'kanban', location: { projectKey: 'BET', projectId: '200' }, estimation: { type: 'issueCount' } },
      { id: 3, name: 'Beta board', type: 'scrum', location: { projectKey: 'BET', projectId: '200' }, estimation },
    ],
    sprints: [
      {
        id: 11,
        originBoardId: 1,
        name: 'Alpha 1',
        state: 'closed',
        startDate: '2026-01-12T08:00:00.000+0000',
        endDate: '2026-01-26T08:00:00.000+0000',
        completeDate: '2026-01-26T09:00:00.000+0000',
        goal: '',
      },
      {
        id: 12,
        originBoardId: 1,
        name: 'Alpha 2',
        state: 'active',
        startDate: '2026-01-26T10:00:00.000+0000',
        endDate: '2026-02-09T10:00:00.000+0000',
        goal: 'Ship',
      },
      { id: 13, originBoardId: 1, name: 'Alpha 3', state: 'future', goal: '' },
      { id: 31, originBoardId: 3, name: 'Beta 1', state: 'active', startDate: '2026-01-20T10:00:00.000+0000', endDate: '2026-02-03T10:00:00.000+0000' },
    ],
    issues: issues(),
  };
}

export function tinySite(): SiteFixture {
  return parseFixture(tinySiteJson(), 'tiny-site.json');
}
