import { z } from 'zod';
import { APP_ACCOUNT_ID, APP_DISPLAY_NAME } from '../auth';
import type { FixtureChangeHistory, FixtureChangeItem, FixtureIssue } from '../fixture';
import { HttpError, jsonBody, ok, type RequestContext, type Route } from '../http';
import { requestHash, tokenPage } from '../paging';
import { compact } from '../render';
import { belongsTo, siteFieldRef } from '../reports/fieldHistory';
import type { SiteView } from '../siteView';
import { parseInstant } from '../time';
import { badPayload } from './search';

/** `POST /rest/api/3/changelog/bulkfetch`: change histories of many issues, oldest first, token-paged. */
export const BULK_ISSUES_MAX = 1000;
export const BULK_FIELDS_MAX = 10;
export const BULK_PAGE_DEFAULT = 1000;
export const BULK_PAGE_MAX = 10000;

const bulkBody = z.strictObject({
  issueIdsOrKeys: z.array(z.string()),
  fieldIds: z.array(z.string()).optional(),
  maxResults: z.number().int().optional(),
  nextPageToken: z.string().optional(),
});
type BulkRequest = z.infer<typeof bulkBody>;

function checkLimits(body: BulkRequest): void {
  const count = body.issueIdsOrKeys.length;
  if (count < 1 || count > BULK_ISSUES_MAX) {
    throw new HttpError(400, `issueIdsOrKeys must name between 1 and ${BULK_ISSUES_MAX} issues; got ${count}.`);
  }
  const fields = body.fieldIds?.length ?? 0;
  if (fields > BULK_FIELDS_MAX) throw new HttpError(400, `fieldIds can name at most ${BULK_FIELDS_MAX} fields; got ${fields}.`);
  const size = body.maxResults ?? BULK_PAGE_DEFAULT;
  if (size < 1 || size > BULK_PAGE_MAX) throw new HttpError(400, `maxResults must be between 1 and ${BULK_PAGE_MAX}; got ${size}.`);
}

interface Entry {
  issue: FixtureIssue;
  history: FixtureChangeHistory;
  items: FixtureChangeItem[];
  created: number;
}

/**
 * Histories migrated from Jira Server carry items with only `field`, the field's name: such an item is
 * kept when it names one of the requested fields (how Jira Cloud treats them is not documented; README).
 */
function requestedFields(fieldIds: readonly string[] | undefined, view: SiteView): ((item: FixtureChangeItem) => boolean) | null {
  if (!fieldIds || fieldIds.length === 0) return null;
  const refs = fieldIds.map((id) => siteFieldRef(view.fixture.fields, id));
  return (item) => refs.some((ref) => belongsTo(item, ref));
}

function entriesOf(issues: readonly FixtureIssue[], requested: ((item: FixtureChangeItem) => boolean) | null): Entry[] {
  const entries = issues.flatMap((issue) =>
    issue.changelog.map((history) => ({
      issue,
      history,
      items: requested ? history.items.filter(requested) : history.items,
      created: parseInstant(history.created) ?? 0,
    })),
  );
  return entries.filter((entry) => entry.items.length > 0).sort((a, b) => a.created - b.created || Number(a.issue.id) - Number(b.issue.id));
}

/** ChangeDetails allows no other keys, and Jira's schema has no nulls: absent values are left out. */
function itemBean(item: FixtureChangeItem): Record<string, unknown> {
  const { field, fieldtype, fieldId, from, fromString, to } = item;
  return compact({ field, fieldtype, fieldId, from, fromString, to, toString: item.toString });
}

/** The author as UserDetails: the site's user (or the app) when known, else just the account id the history names. */
function authorBean(accountId: string | undefined, view: SiteView): Record<string, unknown> | undefined {
  if (accountId === undefined) return undefined;
  if (accountId === APP_ACCOUNT_ID) return { accountId, accountType: 'app', displayName: APP_DISPLAY_NAME, active: true };
  const user = view.index.userById.get(accountId);
  return user ? { accountId, accountType: 'atlassian', displayName: user.displayName, active: true, timeZone: user.timeZone } : { accountId };
}

function historyBean(entry: Entry, view: SiteView): Record<string, unknown> {
  return compact({
    id: entry.history.id,
    author: authorBean(entry.history.author?.accountId, view),
    created: entry.history.created,
    items: entry.items.map(itemBean),
  });
}

/** A page's histories grouped by issue, in the order the issues first appear on the page. */
function groupByIssue(entries: readonly Entry[], view: SiteView): { issueId: string; changeHistories: Record<string, unknown>[] }[] {
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const entry of entries) {
    const histories = groups.get(entry.issue.id) ?? [];
    histories.push(historyBean(entry, view));
    groups.set(entry.issue.id, histories);
  }
  return [...groups].map(([issueId, changeHistories]) => ({ issueId, changeHistories }));
}

function bulkFetch(ctx: RequestContext) {
  const parsed = bulkBody.safeParse(jsonBody(ctx));
  if (!parsed.success) throw badPayload(parsed.error);
  const body = parsed.data;
  checkLimits(body);
  const issues = new Map<string, FixtureIssue>();
  for (const idOrKey of body.issueIdsOrKeys) {
    const issue = ctx.view.issue(idOrKey);
    if (issue) issues.set(issue.id, issue);
  }
  const hash = requestHash(['changelog/bulkfetch', body.issueIdsOrKeys, body.fieldIds ?? []]);
  const page = tokenPage(
    entriesOf([...issues.values()], requestedFields(body.fieldIds, ctx.view)),
    body.nextPageToken,
    hash,
    body.maxResults ?? BULK_PAGE_DEFAULT,
  );
  const issueChangeLogs = groupByIssue(page.items, ctx.view);
  return ok(page.nextPageToken === undefined ? { issueChangeLogs } : { issueChangeLogs, nextPageToken: page.nextPageToken });
}

export const changelogRoutes: readonly Route[] = [{ method: 'POST', template: '/rest/api/3/changelog/bulkfetch', handler: bulkFetch }];
