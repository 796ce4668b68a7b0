import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FixtureError, loadFixture, parseFixture } from './fixture';
import { SAMPLE_FIXTURE } from './testing/client';
import { tinySiteJson, type FixtureJson } from './testing/tinySite';

function problemWith(change: (json: FixtureJson) => void): string {
  const json = tinySiteJson();
  change(json);
  try {
    parseFixture(json, 'site.json');
  } catch (error) {
    if (error instanceof FixtureError) return error.message;
    throw error;
  }
  throw new Error('expected a FixtureError');
}

function firstIssue(json: FixtureJson): FixtureJson['issues'][number] {
  const [issue] = json.issues;
  if (!issue) throw new Error('the tiny site has issues');
  return issue;
}

describe('loadFixture', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'site-fixture-'));

  it('returns the sample fixture with every issue when the file is valid', () => {
    const fixture = loadFixture(SAMPLE_FIXTURE);
    expect(fixture.format).toBe('site-fixture/1');
    expect(fixture.issues).toHaveLength(811);
  });

  it('throws a FixtureError naming the file when it does not exist', () => {
    const missing = path.join(dir, 'missing.json');
    expect(() => loadFixture(missing)).toThrow(new FixtureError(`${missing}: file not found`));
  });

  it('throws a FixtureError naming the file when it is not JSON', () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"format": ');
    expect(() => loadFixture(broken)).toThrow(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: invalid JSON: `));
  });

  it('returns the fixture when a file holds a valid one', () => {
    const good = path.join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(tinySiteJson()));
    expect(loadFixture(good).projects.map((p) => p.key)).toEqual(['ALP', 'BET']);
  });
});

describe('parseFixture', () => {
  it('fills defaults Jira always returns when the fixture leaves them out', () => {
    const json = tinySiteJson();
    const issue = firstIssue(json);
    delete issue.fields.labels;
    delete issue.properties;
    const parsed = parseFixture(json, 'site.json');
    expect(parsed.issues[0]?.fields.labels).toEqual([]);
    expect(parsed.issues[0]?.properties).toEqual({});
  });

  it('keeps custom fields when issues carry dynamic keys', () => {
    const parsed = parseFixture(tinySiteJson(), 'site.json');
    expect(parsed.issues[1]?.fields['customfield_10016']).toBe(3);
  });

  it('throws naming the format when it is not site-fixture/1', () => {
    expect(problemWith((json) => Object.assign(json, { format: 'site-fixture/2' }))).toBe('site.json: format: expected "site-fixture/1", got "site-fixture/2"');
  });

  it('throws with the schema path and the allowed values when an enum value is wrong', () => {
    const message = problemWith((json) => {
      Object.assign(firstIssue(json).fields.status.statusCategory, { key: 'finished' });
    });
    expect(message).toBe('site.json: issues[0].fields.status.statusCategory.key: expected one of new, indeterminate, done');
  });

  it('throws naming a missing key when a required field is absent', () => {
    const message = problemWith((json) => {
      Reflect.deleteProperty(firstIssue(json).fields, 'summary');
    });
    expect(message).toBe('site.json: issues[0].fields.summary: missing (expected string)');
  });

  it('throws naming the type found when a value has the wrong type', () => {
    expect(problemWith((json) => Object.assign(json.boards[0] ?? {}, { id: '1' }))).toBe('site.json: boards[0].id: expected number, got string');
  });

  it('throws naming the expected shape when an instant is malformed', () => {
    expect(problemWith((json) => Object.assign(json, { now: '2026-03-15' }))).toBe('site.json: now: expected an instant like 2026-01-31T09:00:00.000+0000');
  });

  it('throws when a time zone is unknown', () => {
    expect(problemWith((json) => Object.assign(json, { timeZone: 'Mars/Olympus' }))).toBe('site.json: timeZone: expected an IANA time zone like Europe/Paris');
  });

  it('throws naming the permission when a user holds one Jira does not know', () => {
    const message = problemWith((json) => Object.assign(json.users[1] ?? {}, { permissions: { ALP: ['BROWSE_PROJECT'] } }));
    expect(message).toMatch(/^site\.json: users\[1\]\.permissions\.ALP\[0\]: expected one of BROWSE_PROJECTS, /);
  });
});

describe('parseFixture cross-references', () => {
  it('throws when an issue names a project that is not in projects', () => {
    const message = problemWith((json) => Object.assign(firstIssue(json).fields.project, { id: '999' }));
    expect(message).toBe('site.json: issues[0].fields.project: project 999 is not in projects');
  });

  it('throws when an issue names a parent key that is not in issues', () => {
    const message = problemWith((json) => Object.assign(json.issues[1]?.fields ?? {}, { parent: { id: '1', key: 'ALP-99' } }));
    expect(message).toBe('site.json: issues[1].fields.parent.key: issue ALP-99 is not in issues');
  });

  it('throws when a sprint names a board that is not in boards', () => {
    expect(problemWith((json) => Object.assign(json.sprints[2] ?? {}, { originBoardId: 9 }))).toBe(
      'site.json: sprints[2].originBoardId: board 9 is not in boards',
    );
  });

  it('throws when a board column names a status that is not in statuses', () => {
    const columnConfig = {
      columns: [
        { name: 'Todo', statuses: [{ id: '1' }] },
        { name: 'Gone', statuses: [{ id: '3' }, { id: '42' }] },
      ],
    };
    expect(problemWith((json) => Object.assign(json.boards[0] ?? {}, { columnConfig }))).toBe(
      'site.json: boards[0].columnConfig.columns[1].statuses[1].id: status 42 is not in statuses',
    );
  });

  it('throws when an issue security level id is not unique', () => {
    const level = { id: '10100', name: 'Restricted', description: '' };
    expect(problemWith((json) => Object.assign(json, { issueSecurityLevels: [level, level] }))).toBe('site.json: issueSecurityLevels[1]: duplicate "10100"');
  });

  it('throws when a board is located in a project that is not in projects', () => {
    const message = problemWith((json) => Object.assign(json.boards[1] ?? {}, { location: { projectKey: 'GAM', projectId: '300' } }));
    expect(message).toBe('site.json: boards[1].location.projectKey: project GAM is not in projects');
  });

  it('throws when a user permission key names no project', () => {
    const message = problemWith((json) => Object.assign(json.users[0] ?? {}, { permissions: { ZZZ: ['BROWSE_PROJECTS'] } }));
    expect(message).toBe('site.json: users[0].permissions.ZZZ: project ZZZ is not in projects');
  });

  it('throws naming the duplicate when two issues share a key', () => {
    const message = problemWith((json) => Object.assign(json.issues[2] ?? {}, { key: 'ALP-1' }));
    expect(message).toBe('site.json: issues[2]: duplicate "ALP-1"');
  });

  it('throws naming the duplicate when two sprints share an id', () => {
    expect(problemWith((json) => Object.assign(json.sprints[1] ?? {}, { id: 11 }))).toBe('site.json: sprints[1]: duplicate 11');
  });

  it('throws when an issue is in a sprint that is not in sprints', () => {
    const message = problemWith((json) =>
      Object.assign(json.issues[2]?.fields ?? {}, { customfield_10020: [{ id: 77, name: 'Ghost', state: 'active', boardId: 1 }] }),
    );
    expect(message).toBe('site.json: issues[2].fields.customfield_10020[0].id: sprint 77 is not in sprints');
  });

  it('throws when a version names a project that is not in projects', () => {
    expect(problemWith((json) => Object.assign(json.versions[0] ?? {}, { projectId: '5' }))).toBe(
      'site.json: versions[0].projectId: project 5 is not in projects',
    );
  });
});
