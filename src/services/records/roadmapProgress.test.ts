import { z } from 'zod';
import { JiraClient } from '../../jira/client';
import type { SendRequest } from '../../jira/request';
import { pointsByEpic, progressOf } from './roadmapProgress';

describe('progressOf', () => {
  const points = new Map([
    ['PAY-1', { done: 5, total: 20 }],
    ['PAY-2', { done: 10, total: 10 }],
    ['PAY-3', { done: 0, total: 0 }],
  ]);

  it('returns Σ done / Σ total over the linked epics, each counted once', () => {
    expect(progressOf(['PAY-1', 'PAY-2', 'PAY-1'], points)).toEqual({ donePoints: 15, totalPoints: 30, ratio: 0.5 });
  });

  it('returns no ratio when the epics carry no points, or there are none', () => {
    expect(progressOf(['PAY-3', 'PAY-404'], points)).toEqual({ donePoints: 0, totalPoints: 0, ratio: null });
    expect(progressOf([], points)).toEqual({ donePoints: 0, totalPoints: 0, ratio: null });
  });
});

describe('pointsByEpic', () => {
  /** A Jira that knows epics PAY-1 and PAY-2 and refuses JQL naming any other, as Jira Cloud does. */
  function jiraWithEpics(): { jira: JiraClient; searches: string[] } {
    const searches: string[] = [];
    const children: Record<string, { key: string; fields: Record<string, unknown> }[]> = {
      'PAY-1': [
        { key: 'PAY-10', fields: { parent: { key: 'PAY-1' }, resolutiondate: '2026-01-01T00:00:00.000+0000', customfield_10016: 5 } },
        { key: 'PAY-11', fields: { parent: { key: 'PAY-1' }, resolutiondate: null, customfield_10016: 3 } },
      ],
      'PAY-2': [{ key: 'PAY-12', fields: { parent: { key: 'PAY-2' }, resolutiondate: null, customfield_10016: null } }],
    };
    const reply = (status: number, body: unknown) => ({ status, header: () => null, text: JSON.stringify(body) });
    const send: SendRequest = async (request) => {
      if (request.path === '/rest/agile/1.0/board')
        return reply(200, { values: [{ id: 1, name: 'B', type: 'scrum', location: { projectKey: 'PAY' } }], isLast: true });
      if (request.path === '/rest/agile/1.0/board/1/configuration')
        return reply(200, { id: 1, name: 'B', estimation: { type: 'field', field: { fieldId: 'customfield_10016' } } });
      const jql = z.object({ jql: z.string() }).parse(request.body).jql;
      searches.push(jql);
      const keys = [...jql.matchAll(/"([A-Z]+-\d+)"/g)].map((match) => match[1] ?? '');
      const missing = keys.find((key) => children[key] === undefined);
      if (missing !== undefined) return reply(400, { errorMessages: [`An issue with key '${missing}' does not exist for field 'parent'.`] });
      const issues = keys.flatMap((key) => children[key] ?? []).map((issue, index) => ({ id: String(index), ...issue }));
      return reply(200, { issues, isLast: true });
    };
    return { jira: new JiraClient(send), searches };
  }

  it('sums resolved and all points per epic in one search', async () => {
    const { jira, searches } = jiraWithEpics();
    const points = await pointsByEpic(jira, 'PAY', ['PAY-1', 'PAY-2']);
    expect(Object.fromEntries(points)).toEqual({ 'PAY-1': { done: 5, total: 8 }, 'PAY-2': { done: 0, total: 0 } });
    expect(searches).toEqual(['parent in ("PAY-1", "PAY-2") AND issuetype in standardIssueTypes()']);
  });

  it('searches epic by epic when one no longer exists, and counts nothing for it', async () => {
    const { jira, searches } = jiraWithEpics();
    const points = await pointsByEpic(jira, 'PAY', ['PAY-1', 'PAY-404']);
    expect(Object.fromEntries(points)).toEqual({ 'PAY-1': { done: 5, total: 8 }, 'PAY-404': { done: 0, total: 0 } });
    expect(searches).toHaveLength(3);
  });
});
