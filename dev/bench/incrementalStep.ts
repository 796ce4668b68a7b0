import { z } from 'zod';
import type { SiteFixture } from '../site/fixture';
import type { JiraSite } from '../site/server';
import { issueTransitions, transitionIssue } from '../site/writes/transitions';
import type { AppCall } from './appIpc';
import type { Row } from './serving';

const CHANGED_ISSUES = 10;
const headSchema = z.object({ refresh: z.object({ kind: z.string().nullable(), durationMs: z.number().nullable(), jiraRequests: z.number().nullable() }) });

/** The unresolved standard issues of the largest project: the snapshot an incremental refresh must patch cheaply. */
function workedOn(fixture: SiteFixture): { projectKey: string; keys: string[] } {
  const open = (key: string) =>
    fixture.issues
      .filter((issue) => issue.fields.project.key === key && issue.fields.issuetype.hierarchyLevel === 0 && issue.fields.resolutiondate == null)
      .map((issue) => issue.key);
  const [largest] = [...fixture.projects].sort((a, b) => open(b.key).length - open(a.key).length);
  if (largest === undefined) throw new Error('the benchmark site has no project');
  // Spread over the project, as a team's day is: every tenth open issue.
  const keys = open(largest.key).filter((_, index) => index % 10 === 0);
  return { projectKey: largest.key, keys: keys.slice(0, CHANGED_ISSUES) };
}

/**
 * Ten issues of one project move to done on the site, whose events reach the app's trigger: the
 * incremental refresh they cause, its Jira requests, time and storage operations.
 */
export async function measureIncremental(site: JiraSite, call: AppCall, fixture: SiteFixture): Promise<Row[]> {
  const { projectKey, keys } = workedOn(fixture);
  const forwarding = site.onEvent((event) => void call({ cmd: 'event', payload: event }));
  site.resetStats();
  site.advanceClock(60 * 60 * 1000);
  for (const key of keys) {
    const view = site.index.appView();
    const done = issueTransitions(view, key).find((transition) => transition.to.statusCategory.key === 'done');
    if (done !== undefined) transitionIssue(view, key, done.id);
  }
  const settled = await call({ cmd: 'settle' });
  forwarding();
  const requests = site.stats().requests;
  const head = headSchema.parse((await call({ cmd: 'head', projectKey })).result);
  const durationMs = head.refresh.durationMs ?? Infinity;
  return [
    {
      figure: `incremental refresh after ${keys.length} issues of ${projectKey} change: kind`,
      value: head.refresh.kind ?? 'none',
      target: 'incremental',
      met: head.refresh.kind === 'incremental',
    },
    { figure: 'incremental refresh: Jira requests', value: String(requests), target: '≤ 5', met: requests <= 5 },
    { figure: 'incremental refresh: time', value: `${(durationMs / 1000).toFixed(2)} s`, target: '< 2 s', met: durationMs < 2000 },
    { figure: 'KVS reads / writes, incremental refresh', value: `${settled.kvs.reads} / ${settled.kvs.writes}`, target: '(writes cost ~20× reads)', met: null },
  ];
}
