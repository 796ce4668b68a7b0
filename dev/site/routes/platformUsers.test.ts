import { APP_ACCOUNT_ID } from '../auth';
import { call, useSite } from '../testing/client';
import { messagesOf } from '../testing/shapes';
import { ADMIN, OUTSIDER, SITE_ADMIN, VIEWER, tinySite } from '../testing/tinySite';

/** The user routes a picker and owner names need: user/search (a plain array) and user/bulk (a PageBean). */
describe('user search and bulk routes', () => {
  const site = useSite(tinySite);

  it("returns the users whose name's words start with the query, case aside, as a plain array of Jira users", async () => {
    const { status, body } = await call(site(), '/rest/api/3/user/search?query=vi', { as: OUTSIDER });
    expect(status).toBe(200);
    expect(body).toEqual([
      {
        self: `${site().url}/rest/api/3/user?accountId=acc%3Aviewer`,
        accountId: VIEWER,
        accountType: 'atlassian',
        displayName: 'Vic Viewer',
        active: true,
        timeZone: 'Asia/Tokyo',
      },
    ]);
  });

  it("returns the app's own account as accountType app when the query matches it, as Jira lists apps", async () => {
    const { body } = await call(site(), '/rest/api/3/user/search?query=product');
    expect(body).toEqual([expect.objectContaining({ accountId: APP_ACCOUNT_ID, accountType: 'app', displayName: 'Product Lens' })]);
  });

  it('returns at most maxResults users from startAt, and 400 naming the parameters when neither query nor accountId is given', async () => {
    const { body } = await call(site(), '/rest/api/3/user/search?query=s&startAt=0&maxResults=1');
    expect(body).toEqual([expect.objectContaining({ accountId: SITE_ADMIN })]);
    const missing = await call(site(), '/rest/api/3/user/search');
    expect(missing.status).toBe(400);
    expect(messagesOf(missing.body)).toEqual(["One of 'accountId', 'query' or 'property' parameters must be provided."]);
  });

  it('returns a PageBean of the known accounts among those asked, leaving unknown ones out', async () => {
    const { body } = await call(
      site(),
      `/rest/api/3/user/bulk?accountId=${encodeURIComponent(ADMIN)}&accountId=acc%3Agone&accountId=${encodeURIComponent(VIEWER)}`,
    );
    expect(body).toMatchObject({ startAt: 0, maxResults: 10, total: 2, isLast: true });
    expect(body).toHaveProperty('values', [
      expect.objectContaining({ accountId: ADMIN, displayName: 'Ada Admin' }),
      expect.objectContaining({ accountId: VIEWER, displayName: 'Vic Viewer' }),
    ]);
  });

  it('returns the next page link while pages remain, and 400 without accountId', async () => {
    const first = await call(site(), `/rest/api/3/user/bulk?accountId=${encodeURIComponent(ADMIN)}&accountId=${encodeURIComponent(VIEWER)}&maxResults=1`);
    expect(first.body).toMatchObject({ startAt: 0, maxResults: 1, total: 2, isLast: false, values: [expect.objectContaining({ accountId: ADMIN })] });
    expect(first.body).toHaveProperty('nextPage', expect.stringContaining('startAt=1'));
    const second = await call(
      site(),
      `/rest/api/3/user/bulk?accountId=${encodeURIComponent(ADMIN)}&accountId=${encodeURIComponent(VIEWER)}&maxResults=1&startAt=1`,
    );
    expect(second.body).toMatchObject({ startAt: 1, isLast: true, values: [expect.objectContaining({ accountId: VIEWER })] });
    expect((await call(site(), '/rest/api/3/user/bulk')).status).toBe(400);
  });
});
