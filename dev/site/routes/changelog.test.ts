import { parseFixture } from '../fixture';
import type { JiraSite } from '../server';
import { call, useSite } from '../testing/client';
import { bulkPageShape, messagesOf } from '../testing/shapes';
import { VIEWER, tinySite, tinySiteJson } from '../testing/tinySite';

const BULK = '/rest/api/3/changelog/bulkfetch';

async function bulk(site: JiraSite, body: unknown, as?: string) {
  return call(site, BULK, { method: 'POST', body, as });
}

/** [issueId, historyId] pairs of a page, in order. */
function pairs(body: unknown): string[] {
  return bulkPageShape.parse(body).issueChangeLogs.flatMap((log) => log.changeHistories.map((h) => `${log.issueId}:${h.id}`));
}

describe('POST /rest/api/3/changelog/bulkfetch', () => {
  const site = useSite(tinySite);

  it('returns the histories of the issues sorted by created, grouped by issue on the page', async () => {
    const { status, body } = await bulk(site(), { issueIdsOrKeys: ['ALP-2', '1003', 'BET-1'] });
    expect(status).toBe(200);
    // Sorted by created (501, 502, 503, 504, 505), then grouped by issue in order of first appearance.
    expect(pairs(body)).toEqual(['1002:501', '1002:502', '1002:505', '1003:503', '2001:504']);
    expect(bulkPageShape.parse(body).issueChangeLogs.map((log) => log.issueId)).toEqual(['1002', '1003', '2001']);
  });

  it("returns Jira's history shape with null values left out", async () => {
    const { body } = await bulk(site(), { issueIdsOrKeys: ['BET-1'] });
    expect(body).toEqual({
      issueChangeLogs: [
        {
          issueId: '2001',
          changeHistories: [
            {
              id: '504',
              created: '2026-01-28T09:00:00.000+0000',
              items: [
                { field: 'status', fieldtype: 'jira', fieldId: 'status', from: '1', fromString: 'To Do', to: '5', toString: 'Done' },
                { field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', to: '10001', toString: "Won't Do" },
              ],
            },
          ],
        },
      ],
    });
  });

  it('returns only items of the given fields, dropping histories left empty, when fieldIds is given', async () => {
    const { body } = await bulk(site(), { issueIdsOrKeys: ['ALP-2', 'ALP-3'], fieldIds: ['customfield_10020'] });
    expect(pairs(body)).toEqual(['1002:501', '1002:505', '1003:503']);
    const items = bulkPageShape.parse(body).issueChangeLogs.flatMap((log) => log.changeHistories.flatMap((h) => h.items.map((i) => i.fieldId)));
    expect(new Set(items)).toEqual(new Set(['customfield_10020']));
  });

  it('returns every history once, in created order across pages, when paging with maxResults and nextPageToken', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const body = bulkPageShape.parse((await bulk(site(), { issueIdsOrKeys: ['ALP-2', 'ALP-3', 'BET-1'], maxResults: 2, nextPageToken: token })).body);
      seen.push(...pairs(body));
      token = body.nextPageToken;
      if (token === undefined) break;
    }
    expect(seen).toEqual(['1002:501', '1002:502', '1003:503', '2001:504', '1002:505']);
  });

  it('returns nothing for issues the user may not browse or that do not exist', async () => {
    const { body } = await bulk(site(), { issueIdsOrKeys: ['BET-1', 'NOPE-1', 'ALP-3'] }, VIEWER);
    expect(pairs(body)).toEqual(['1003:503']);
  });

  it('returns 400 naming the limit when an array or maxResults is out of bounds', async () => {
    const tooMany = await bulk(site(), { issueIdsOrKeys: Array.from({ length: 1001 }, (_, i) => `ALP-${i}`) });
    expect(messagesOf(tooMany.body)).toEqual(['issueIdsOrKeys must name between 1 and 1000 issues; got 1001.']);
    const none = await bulk(site(), { issueIdsOrKeys: [] });
    expect(none.status).toBe(400);
    const fields = await bulk(site(), { issueIdsOrKeys: ['ALP-2'], fieldIds: Array.from({ length: 11 }, (_, i) => `f${i}`) });
    expect(messagesOf(fields.body)).toEqual(['fieldIds can name at most 10 fields; got 11.']);
    const size = await bulk(site(), { issueIdsOrKeys: ['ALP-2'], maxResults: 10001 });
    expect(messagesOf(size.body)).toEqual(['maxResults must be between 1 and 10000; got 10001.']);
  });

  it('returns 400 when the token belongs to another request', async () => {
    const first = bulkPageShape.parse((await bulk(site(), { issueIdsOrKeys: ['ALP-2'], maxResults: 1 })).body);
    const other = await bulk(site(), { issueIdsOrKeys: ['ALP-3'], maxResults: 1, nextPageToken: first.nextPageToken });
    expect(other.status).toBe(400);
  });

  it('returns 400 when issueIdsOrKeys is missing', async () => {
    expect((await bulk(site(), { fieldIds: ['status'] })).status).toBe(400);
  });
});

/** The tiny site with ALP-30, whose history was migrated from Jira Server: its items carry `field` but no `fieldId`. */
function siteWithMigratedHistory() {
  const json = tinySiteJson();
  const [first] = json.issues;
  if (!first) throw new Error('the tiny site has no issues');
  const item = (field: string, from: string, to: string) => ({ field, fieldtype: 'custom', from, to, fromString: from, toString: to });
  json.issues.push({
    ...first,
    id: '1030',
    key: 'ALP-30',
    changelog: [
      {
        id: '530',
        created: '2026-01-13T09:00:00.000+0000',
        items: [
          item('Sprint', '', '11'),
          item('status', '1', '3'),
          item('summary', 'Old', 'New'),
          item('Story point estimate', '1', '2'),
          item('Flagged', '', 'Impediment'),
        ],
      },
    ],
  });
  return parseFixture(json, 'migrated-history.json');
}

describe('POST /rest/api/3/changelog/bulkfetch with histories migrated from Jira Server', () => {
  const site = useSite(siteWithMigratedHistory);

  it('returns the items without fieldId whose field names a requested field, by its name or (system fields) its id', async () => {
    const { body } = await bulk(site(), { issueIdsOrKeys: ['ALP-30'], fieldIds: ['customfield_10020', 'status', 'summary'] });
    const items = bulkPageShape.parse(body).issueChangeLogs.flatMap((log) => log.changeHistories.flatMap((h) => h.items));
    expect(items.map((i) => i['field'])).toEqual(['Sprint', 'status', 'summary']);
  });

  it('returns every item, with or without fieldId, when no fieldIds are given', async () => {
    const { body } = await bulk(site(), { issueIdsOrKeys: ['ALP-30'] });
    const items = bulkPageShape.parse(body).issueChangeLogs.flatMap((log) => log.changeHistories.flatMap((h) => h.items));
    expect(items).toHaveLength(5);
  });

  it('returns nothing for the history when no requested field is named by its items', async () => {
    const { body } = await bulk(site(), { issueIdsOrKeys: ['ALP-30'], fieldIds: ['resolution'] });
    expect(body).toEqual({ issueChangeLogs: [] });
  });
});
