import { parseFixture, type SiteFixture } from '../fixture';
import { ADMIN, tinySiteJson, type FixtureJson } from './tinySite';

/**
 * The tiny site with one velocity case per issue, all in Alpha 1 (sprint 11 of board 1, started
 * 2026-01-12T08:00, completed 2026-01-26T09:00). Board 1's columns are To Do [1], In Progress [3] and
 * Done [6 Ready (an in-progress status), 5 Done]; status 7 Parked is in no column. Its filter spans ALP
 * and BET. ADMIN holds the Restricted security level; VIEWER browses ALP only and holds no level.
 */
export const SPRINT_START = '2026-01-12T08:00:00.000+0000';

const POINTS = 'customfield_10016';
const SPRINT = 'customfield_10020';
const STATUS = {
  todo: { id: '1', name: 'To Do', statusCategory: { key: 'new' as const, name: 'To Do' } },
  done: { id: '5', name: 'Done', statusCategory: { key: 'done' as const, name: 'Done' } },
  ready: { id: '6', name: 'Ready', statusCategory: { key: 'indeterminate' as const, name: 'In Progress' } },
  parked: { id: '7', name: 'Parked', statusCategory: { key: 'indeterminate' as const, name: 'In Progress' } },
};
const STORY = { id: '10001', name: 'Story', hierarchyLevel: 0, subtask: false };
const ALP = { id: '100', key: 'ALP', name: 'Alpha' };
const ALPHA_1 = [{ id: 11, name: 'Alpha 1', state: 'closed', boardId: 1 }];

/** A type alias, not an interface, so it meets the looser change item shape of the fixture schema. */
type Item = {
  field: string;
  fieldtype: string;
  fieldId?: string;
  from: string | null;
  to: string | null;
  fromString: string | null;
  toString: string | null;
};

function history(id: string, day: string, items: Item[]) {
  return { id, created: day.includes('T') ? day : `2026-01-${day}T12:00:00.000+0000`, items };
}

const joins = (): Item => ({ field: 'Sprint', fieldtype: 'custom', fieldId: SPRINT, from: '', to: '11', fromString: '', toString: 'Alpha 1' });
const moves = (from: string, to: string): Item => ({ field: 'status', fieldtype: 'jira', fieldId: 'status', from, to, fromString: null, toString: null });

function story(id: string, key: string, status: keyof typeof STATUS, points: number | null, changelog: ReturnType<typeof history>[]) {
  const fields = { summary: key, issuetype: STORY, project: ALP, status: STATUS[status], created: '2026-01-05T09:00:00.000+0000' };
  return { id, key, properties: {}, changelog, fields: { ...fields, updated: fields.created, [POINTS]: points, [SPRINT]: ALPHA_1 } };
}

function issues(): FixtureJson['issues'] {
  const subtask = story('3016', 'ALP-16', 'done', 2, [history('616', '10', [joins()]), history('617', '20', [moves('1', '5')])]);
  const secured = story('3017', 'ALP-17', 'done', 13, [history('618', '10', [joins()]), history('619', '20', [moves('1', '5')])]);
  const beta = story('4017', 'BET-17', 'done', 21, [history('620', '10', [joins()]), history('621', '20', [moves('1', '5')])]);
  return [
    story('3011', 'ALP-11', 'done', 3, [history('601', '10', [joins()]), history('602', '20', [moves('1', '5')])]),
    story('3012', 'ALP-12', 'done', 5, [history('603', '10', [joins(), moves('1', '7')]), history('604', '20', [moves('7', '5')])]),
    story('3013', 'ALP-13', 'done', 2, [history('605', '10', [joins()]), history('606', '11', [moves('1', '5')])]),
    story('3014', 'ALP-14', 'done', 8, [history('607', '15', [moves('1', '5')]), history('608', '16', [joins()])]),
    story('3015', 'ALP-15', 'ready', 1, [history('609', '10', [joins()]), history('610', '21', [moves('1', '6')])]),
    {
      ...subtask,
      fields: { ...subtask.fields, issuetype: { id: '10003', name: 'Sub-task', hierarchyLevel: -1, subtask: true }, parent: { id: '3011', key: 'ALP-11' } },
    },
    { ...secured, fields: { ...secured.fields, security: { id: '10100', name: 'Restricted' } } },
    { ...beta, fields: { ...beta.fields, project: { id: '200', key: 'BET', name: 'Beta' } } },
    story('3018', 'ALP-18', 'done', 4, [
      history('611', '10', [{ field: 'Sprint', fieldtype: 'custom', from: '', to: '11', fromString: '', toString: 'Alpha 1' }]),
      history('612', '15', [{ field: 'Story point estimate', fieldtype: 'custom', from: null, to: null, fromString: '2', toString: '4' }]),
      history('613', '20', [{ field: 'status', fieldtype: 'jira', from: '1', to: '5', fromString: 'To Do', toString: 'Done' }]),
    ]),
    story('3019', 'ALP-19', 'todo', 1, [history('614', SPRINT_START, [joins()])]),
    story('3020', 'ALP-20', 'todo', null, [
      history('615', '10', [joins()]),
      history('622', '20', [{ field: 'Story point estimate', fieldtype: 'custom', fieldId: POINTS, from: null, to: null, fromString: 'lots', toString: '' }]),
    ]),
  ];
}

export function velocitySiteJson(): FixtureJson {
  const json = tinySiteJson();
  json.statuses.push(STATUS.ready, STATUS.parked);
  json.issueSecurityLevels = [{ id: '10100', name: 'Restricted', description: 'Incidents' }];
  for (const user of json.users) if (user.accountId === ADMIN) user.issueSecurityLevels = ['10100'];
  const columns = [
    { name: 'To Do', statuses: [{ id: '1' }] },
    { name: 'In Progress', statuses: [{ id: '3' }] },
    { name: 'Done', statuses: [{ id: '6' }, { id: '5' }] },
  ];
  json.boards = json.boards.map((board) =>
    board.id === 1
      ? { ...board, columnConfig: { columns }, filter: { id: '500', name: 'Alpha and Beta', jql: 'project in (ALP, BET) ORDER BY Rank ASC' } }
      : board,
  );
  json.issues = issues();
  return json;
}

export function velocitySite(): SiteFixture {
  return parseFixture(velocitySiteJson(), 'velocity-site.json');
}
