import type { FixtureUser } from '../fixture';
import { SiteIndex } from '../siteView';
import { ADMIN, OUTSIDER, SITE_ADMIN, VIEWER, tinySite } from '../testing/tinySite';
import { JqlError, searchJql, UNBOUNDED_MESSAGE } from './index';

const index = new SiteIndex(tinySite());

function user(accountId: string): FixtureUser {
  const found = index.userById.get(accountId);
  if (!found) throw new Error(`no user ${accountId}`);
  return found;
}

function keys(jql: string, as = ADMIN): string[] {
  return searchJql(jql, index.viewFor(user(as)), { requireRestriction: true }).map((issue) => issue.key);
}

function failure(jql: string, as = ADMIN): string {
  try {
    keys(jql, as);
  } catch (error) {
    if (error instanceof JqlError) return error.message;
    throw error;
  }
  throw new Error(`expected ${jql} to fail`);
}

describe('searchJql operators', () => {
  it('returns the issues of a project when = names it by key, id or name', () => {
    expect(keys('project = BET')).toEqual(['BET-1', 'BET-2']);
    expect(keys('project = 200')).toEqual(['BET-1', 'BET-2']);
    expect(keys('project = "beta"')).toEqual(['BET-1', 'BET-2']);
  });

  it('returns issues outside the value when != is used, never issues with an empty field', () => {
    expect(keys('labels != risk')).toEqual(['ALP-3']);
    expect(keys('parent != ALP-1')).toEqual(['ALP-4']);
  });

  it('returns issues matching any listed value when in is used', () => {
    expect(keys('issuetype in (Bug, Epic)')).toEqual(['ALP-1', 'ALP-3', 'BET-2']);
  });

  it('returns issues matching none of the values when not in is used', () => {
    expect(keys('status not in ("To Do", Done)')).toEqual(['ALP-1', 'ALP-10']);
  });

  it('returns issues with no value when is EMPTY is used, and the rest when is not EMPTY is used', () => {
    expect(keys('fixVersion is EMPTY AND project = ALP')).toEqual(['ALP-1', 'ALP-3', 'ALP-4', 'ALP-10']);
    expect(keys('fixVersion is not null')).toEqual(['ALP-2', 'BET-1']);
  });

  it('returns issues before or after an instant when dates are compared', () => {
    // ALP-3 was created 2026-02-03 09:00 UTC, which is 04:00 in Toronto, the admin's zone.
    expect(keys('created >= "2026-02-03 04:00" AND created < "2026-03-01"', ADMIN)).toEqual(['ALP-3', 'BET-2']);
    expect(keys('created > "2026-02-03 04:00" AND created < "2026-03-01"', ADMIN)).toEqual(['BET-2']);
    expect(keys('resolved > "2026-01-31" AND resolved <= 2026-02-10T09:00:00Z')).toEqual(['ALP-2', 'ALP-4']);
  });

  it('returns issues updated since a local minute when updated is compared with yyyy-MM-dd HH:mm', () => {
    // ALP-3 was updated 2026-02-03 09:00 UTC: 04:00 in Toronto (the admin), 18:00 in Tokyo (the viewer).
    expect(keys('project = ALP AND updated >= "2026-02-03 04:00"', ADMIN)).toEqual(['ALP-3', 'ALP-4', 'ALP-10']);
    expect(keys('project = ALP AND updated > "2026-02-03 04:00"', ADMIN)).toEqual(['ALP-4', 'ALP-10']);
    expect(keys('project = ALP AND updated <= "2026-02-03 18:00"', VIEWER)).toEqual(['ALP-1', 'ALP-2', 'ALP-3']);
    expect(keys('project = ALP AND updated < "2026-02-03 18:00"', VIEWER)).toEqual(['ALP-1', 'ALP-2']);
  });

  it("reads dates in the requesting user's time zone when they carry no offset", () => {
    // ALP-2 resolved 2026-02-01 03:00 UTC: 31 January 22:00 in Toronto, 1 February 12:00 in Tokyo.
    expect(keys('resolved >= "2026-02-01" AND resolved < "2026-02-02"', ADMIN)).toEqual([]);
    expect(keys('resolved >= "2026-02-01" AND resolved < "2026-02-02"', VIEWER)).toEqual(['ALP-2']);
  });

  it('returns issues within one project when keys are compared, by number not text', () => {
    expect(keys('key > ALP-3')).toEqual(['ALP-4', 'ALP-10']);
    expect(keys('issuekey <= ALP-2')).toEqual(['ALP-1', 'ALP-2']);
  });

  it('returns issues by numeric id when ids are compared', () => {
    expect(keys('id >= 1010')).toEqual(['ALP-10', 'BET-1', 'BET-2']);
  });

  it('returns issues by key or id when key or id is matched', () => {
    expect(keys('key = alp-2 OR id = 2002')).toEqual(['ALP-2', 'BET-2']);
    expect(keys('key in (BET-2, ALP-3, alp-1)')).toEqual(['ALP-1', 'ALP-3', 'BET-2']);
    expect(keys('id in (2001, 1004) AND key not in (ALP-4)')).toEqual(['BET-1']);
  });

  it("returns the issue's children when parent names it by key or id", () => {
    expect(keys('parent = ALP-1')).toEqual(['ALP-2']);
    expect(keys('parent in (1002)')).toEqual(['ALP-4']);
  });

  it('returns issues by status category key or name', () => {
    expect(keys('statusCategory = Done')).toEqual(['ALP-2', 'ALP-4', 'BET-1']);
    expect(keys('statusCategory in ("In Progress", new)')).toEqual(['ALP-1', 'ALP-3', 'ALP-10', 'BET-2']);
  });

  it('returns resolved and unresolved issues by resolution name or Unresolved', () => {
    expect(keys('resolution = Unresolved')).toEqual(['ALP-1', 'ALP-3', 'ALP-10', 'BET-2']);
    expect(keys('resolution = Done')).toEqual(['ALP-2', 'ALP-4']);
    expect(keys('resolution = "Won\'t Do"')).toEqual(['BET-1']);
  });

  it('returns the work type from the entity property under both clause names', () => {
    expect(keys('workType = risk')).toEqual(['BET-1']);
    expect(keys('issue.property[product-work-type].workType in (feature, risk)')).toEqual(['ALP-2', 'BET-1']);
  });

  it('returns issues by fix version name or id', () => {
    expect(keys('fixVersion = "ALP 1.0" OR fixVersion = 2001')).toEqual(['ALP-2', 'BET-1']);
  });
});

describe('searchJql functions and sprints', () => {
  it('returns epics, stories and bugs but not sub-tasks when standardIssueTypes() is used', () => {
    expect(keys('project = ALP AND issuetype in standardIssueTypes()')).toEqual(['ALP-1', 'ALP-2', 'ALP-3', 'ALP-10']);
  });

  it('returns only sub-tasks when subTaskIssueTypes() is used', () => {
    expect(keys('type in subTaskIssueTypes()')).toEqual(['ALP-4']);
  });

  it('returns issues currently in sprints of each state when the sprint functions are used', () => {
    expect(keys('sprint in openSprints()')).toEqual(['ALP-2', 'ALP-3', 'BET-1']);
    expect(keys('sprint in closedSprints()')).toEqual(['ALP-2']);
    expect(keys('sprint in futureSprints()')).toEqual(['ALP-10']);
  });

  it('returns only sprints of browsable projects when a sprint function is used', () => {
    expect(keys('sprint in openSprints()', VIEWER)).toEqual(['ALP-2', 'ALP-3']);
  });

  it('returns issues of a sprint when sprint names it by id or name', () => {
    expect(keys('sprint = 12')).toEqual(['ALP-2', 'ALP-3']);
    expect(keys('sprint = "Alpha 1"')).toEqual(['ALP-2']);
  });
});

describe('searchJql ordering', () => {
  it('returns issues in numeric id order when no ORDER BY is given', () => {
    expect(keys('project in (BET, ALP)')).toEqual(['ALP-1', 'ALP-2', 'ALP-3', 'ALP-4', 'ALP-10', 'BET-1', 'BET-2']);
  });

  it('returns issues in the order asked when ORDER BY has several fields', () => {
    expect(keys('project in (ALP, BET) ORDER BY project DESC, created DESC')).toEqual(['BET-2', 'BET-1', 'ALP-10', 'ALP-3', 'ALP-4', 'ALP-2', 'ALP-1']);
  });

  it('returns empty values last when ordering ascending', () => {
    expect(keys('project = ALP ORDER BY resolved')).toEqual(['ALP-2', 'ALP-4', 'ALP-1', 'ALP-3', 'ALP-10']);
  });

  it('throws when ordering by a field that cannot be sorted', () => {
    expect(failure('project = ALP ORDER BY labels')).toBe("Field 'labels' does not support sorting.");
  });
});

describe('searchJql errors', () => {
  it("throws Jira's unbounded message when the query has no restriction", () => {
    expect(failure('')).toBe(UNBOUNDED_MESSAGE);
    expect(failure('ORDER BY created DESC')).toBe(UNBOUNDED_MESSAGE);
  });

  it('returns every browsable issue when restriction is not required and the query is empty', () => {
    const issues = searchJql('order by key desc', index.viewFor(user(VIEWER)), { requireRestriction: false });
    expect(issues.map((i) => i.key)).toEqual(['ALP-10', 'ALP-4', 'ALP-3', 'ALP-2', 'ALP-1']);
  });

  it('throws the same message for a project the user may not browse as for one that does not exist', () => {
    expect(failure('project = BET', VIEWER)).toBe("The value 'BET' does not exist for the field 'project'.");
    expect(failure('project = NOPE', VIEWER)).toBe("The value 'NOPE' does not exist for the field 'project'.");
    expect(failure('project in (ALP, BET)', SITE_ADMIN)).toBe("The value 'BET' does not exist for the field 'project'.");
  });

  it('throws the not-found message for an issue of a project the user may not browse', () => {
    expect(failure('key = BET-1', VIEWER)).toBe("An issue with key 'BET-1' does not exist for field 'key'.");
    expect(failure('parent = BET-1', OUTSIDER)).toBe("The value 'BET-1' does not exist for the field 'parent'.");
  });

  it("throws Jira's field message when the field is outside the subset", () => {
    expect(failure('summary = x')).toBe("Field 'summary' does not exist or you do not have permission to view it.");
  });

  it('throws when a value names nothing for status, type, sprint, version or resolution', () => {
    expect(failure('status = Shipped')).toBe("The value 'Shipped' does not exist for the field 'status'.");
    expect(failure('type = Saga')).toBe("The value 'Saga' does not exist for the field 'type'.");
    expect(failure('sprint = 99')).toBe("The value '99' does not exist for the field 'sprint'.");
    expect(failure('fixVersion = "9.9"')).toBe("The value '9.9' does not exist for the field 'fixVersion'.");
    expect(failure('resolution = Fixed')).toBe("The value 'Fixed' does not exist for the field 'resolution'.");
  });

  it('throws when a function is unknown, or not one the field supports', () => {
    expect(failure('sprint in mySprints()')).toBe("Unable to find JQL function 'mySprints()'.");
    expect(failure('status in openSprints()')).toBe("The function 'openSprints' is not supported by the field 'status'.");
  });

  it('throws when an operator is not supported by the field', () => {
    expect(failure('status > Done')).toBe("The operator '>' is not supported by the 'status' field.");
    expect(failure('labels ~ risk')).toBe("The operator '~' is not supported by the 'labels' field.");
  });

  it("throws Jira's date message when a date cannot be read", () => {
    expect(failure('created > "yesterday"')).toMatch(/^Date value 'yesterday' for field 'created' is invalid\./);
  });
});
