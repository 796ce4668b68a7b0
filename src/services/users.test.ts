import { JiraClient } from '../jira/client';
import type { JiraRequest } from '../jira/request';
import { findUsers, userNames } from './users';

/** A Jira that answers every request with `body` and records what it was asked. */
function jiraAnswering(body: unknown): { jira: JiraClient; asked: JiraRequest[] } {
  const asked: JiraRequest[] = [];
  const jira = new JiraClient(async (request) => {
    asked.push(request);
    return { status: 200, header: () => 'application/json', text: JSON.stringify(body) };
  });
  return { jira, asked };
}

const AVATAR = 'https://avatar-management.example/abc/48';

describe('findUsers', () => {
  it('returns active people only, with their 48px avatar, when Jira also lists a deactivated person, a customer and an app', async () => {
    const { jira, asked } = jiraAnswering([
      { accountId: 'a1', accountType: 'atlassian', displayName: 'Dana Doe', active: true, avatarUrls: { '48x48': AVATAR, '16x16': 'x' } },
      { accountId: 'a2', accountType: 'atlassian', displayName: 'Dan Left', active: false },
      { accountId: 'c1', accountType: 'customer', displayName: 'Dan Customer', active: true },
      { accountId: 'p1', accountType: 'app', displayName: 'Dan Bot', active: true },
      { accountId: 'a3', accountType: 'atlassian', active: true },
    ]);
    expect(await findUsers(jira, ' dan ')).toEqual([{ accountId: 'a1', displayName: 'Dana Doe', avatarUrl: AVATAR }]);
    expect(asked).toEqual([{ method: 'GET', path: '/rest/api/3/user/search', query: { query: 'dan', maxResults: 20 } }]);
  });

  it('returns at most 10 people when Jira answers more', async () => {
    const people = Array.from({ length: 14 }, (_, index) => ({ accountId: `a${index}`, accountType: 'atlassian', displayName: `Pat ${index}`, active: true }));
    const { jira } = jiraAnswering(people);
    expect((await findUsers(jira, 'pat')).map((user) => user.accountId)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9']);
  });
});

describe('userNames', () => {
  it('returns names of deactivated people too, and leaves out a name hidden by privacy settings', async () => {
    const { jira, asked } = jiraAnswering({
      startAt: 0,
      maxResults: 50,
      total: 2,
      isLast: true,
      values: [
        { accountId: 'a2', accountType: 'atlassian', displayName: 'Dan Left', active: false },
        { accountId: 'a3', accountType: 'atlassian', active: true },
      ],
    });
    expect(await userNames(jira, ['a2', 'a3', 'a2'])).toEqual({ a2: 'Dan Left' });
    expect(asked).toEqual([{ method: 'GET', path: '/rest/api/3/user/bulk', query: { accountId: ['a2', 'a3'], startAt: 0, maxResults: 50 } }]);
  });
});
