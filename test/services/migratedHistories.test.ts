import { changesByField } from '../../src/services/changelogs';
import { toIssueFacts } from '../../src/services/issueFacts';
import { changeHistorySchema, searchIssueSchema } from '../../src/jira/models';
import { sprintReport } from '../../src/domain/sprintReport';
import { timeline } from '../builders';

/** Real sites' histories, as Jira returns them: items migrated from Jira Server carry only the field's name. */
const NAMES = new Map([
  ['Sprint', 'customfield_10020'],
  ['Story point estimate', 'customfield_10016'],
]);

function history(created: string, items: Record<string, unknown>[]) {
  return changeHistorySchema.parse({ id: '1', created, items });
}

describe('changes of histories migrated from Jira Server', () => {
  it('returns an item without fieldId under the field its name names', () => {
    const changes = changesByField(
      [history('2026-01-02T10:00:00.000+0000', [{ field: 'Sprint', from: '', fromString: '', to: '7', toString: 'Sprint 7' }])],
      NAMES,
    );
    expect(changes).toEqual({ customfield_10020: [{ at: Date.parse('2026-01-02T10:00:00Z'), from: '', fromString: '', to: '7', toString: 'Sprint 7' }] });
  });

  it('returns an item with fieldId under its id whatever its name', () => {
    const changes = changesByField([history('2026-01-02T10:00:00.000+0000', [{ field: 'status', fieldId: 'status', from: '1', to: '3' }])], NAMES);
    expect(Object.keys(changes)).toEqual(['status']);
  });

  it('returns null to sides, not the inherited toString, when an item has no to side', () => {
    const changes = changesByField([history('2026-01-02T10:00:00.000+0000', [{ field: 'Story point estimate', from: null, fromString: '3' }])], NAMES);
    expect(changes['customfield_10016']).toEqual([{ at: Date.parse('2026-01-02T10:00:00Z'), from: null, fromString: '3', to: null, toString: null }]);
  });
});

describe('estimates stored as text', () => {
  const fields = { storyPointsOf: () => 'customfield_10016', estimation: ['customfield_10016'], sprint: null };
  function issueWithEstimate(estimate: unknown) {
    return searchIssueSchema.parse({
      id: '10001',
      key: 'PAY-1',
      fields: {
        summary: 'Pay by card',
        project: { key: 'PAY' },
        issuetype: { name: 'Story', hierarchyLevel: 0 },
        status: { id: '3', name: 'In Progress', statusCategory: { key: 'indeterminate' } },
        created: '2026-01-01T00:00:00.000+0000',
        customfield_10016: estimate,
      },
    });
  }

  it.each([
    ['3.0', 3],
    ['-1', -1],
    ['', null],
    ['about five', null],
    [5, 5],
    [null, null],
  ])('returns %j as the estimate %j', (stored, expected) => {
    expect(toIssueFacts(issueWithEstimate(stored), fields).estimates['customfield_10016']).toBe(expected);
  });

  it('returns 0 points in a sprint for an estimate history written as unparsable text', () => {
    const issue = timeline({
      key: 'PAY-1',
      current: { sprintIds: [7], estimate: 8, statusId: 'doing' },
      estimateChanges: [{ at: Date.parse('2026-01-10T00:00:00Z'), from: null, fromString: 'n/a', to: null, toString: '8' }],
    });
    const sprint = { id: 7, name: 'Sprint 7', startDate: '2026-01-05T00:00:00Z', completeDate: '2026-01-19T00:00:00Z' };
    expect(
      sprintReport(
        sprint,
        [issue],
        [
          { name: 'Doing', statusIds: ['doing'] },
          { name: 'Done', statusIds: ['done'] },
        ],
      ),
    ).toMatchObject({
      committed: 0,
      issues: [{ estimateAtStart: null, estimateAtEnd: 8 }],
    });
  });
});

describe('statuses the site no longer has', () => {
  it('returns an issue whose status at the start was deleted since as not in the commitment (no column holds it)', () => {
    const issue = timeline({
      key: 'PAY-1',
      current: { sprintIds: [7], estimate: 5, statusId: 'done' },
      statusChanges: [{ at: Date.parse('2026-01-10T00:00:00Z'), from: '99999', fromString: 'Legacy QA', to: 'done', toString: 'Done' }],
    });
    const sprint = { id: 7, name: 'Sprint 7', startDate: '2026-01-05T00:00:00Z', completeDate: '2026-01-19T00:00:00Z' };
    const report = sprintReport(
      sprint,
      [issue],
      [
        { name: 'To Do', statusIds: ['todo'] },
        { name: 'Done', statusIds: ['done'] },
      ],
    );
    expect(report).toMatchObject({ committed: 0, completed: 5, issues: [{ outcome: 'completed', notCountedAtStart: 'unmapped' }] });
  });
});
