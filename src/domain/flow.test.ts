import { story } from '../../test/builders';
import type { StatusCategoryKey } from './issue';
import { flowMetrics, workStartedAt, type FlowIssue } from './flow';

const MONTHS = ['2026-09', '2026-10', '2026-11'];
const CATEGORIES: Record<string, StatusCategoryKey> = { todo: 'new', backlog: 'new', doing: 'indeterminate', done: 'done' };
const categoryOf = (id: string) => CATEGORIES[id];
const t = (iso: string) => Date.parse(iso);
const move = (at: string, from: string, to: string) => ({ at: t(at), from, fromString: from, to, toString: to });

function issue(key: string, overrides: Partial<FlowIssue> & { resolved?: string | null; category?: StatusCategoryKey } = {}): FlowIssue {
  const { resolved = null, category = resolved === null ? 'new' : 'done', ...rest } = overrides;
  return {
    issue: story({ id: key, key, resolutionDate: resolved, statusCategory: category }),
    workType: 'feature',
    created: '2026-10-01T00:00:00.000Z',
    statusChanges: [],
    ...rest,
  };
}

describe('workStartedAt', () => {
  it('returns the first status change out of a new-category status', () => {
    const changes = [
      move('2026-10-05T00:00:00Z', 'doing', 'done'),
      move('2026-10-03T00:00:00Z', 'todo', 'doing'),
      move('2026-10-02T00:00:00Z', 'backlog', 'todo'),
    ];
    expect(workStartedAt({ created: '2026-10-01T00:00:00Z', statusChanges: changes }, categoryOf)).toBe(t('2026-10-02T00:00:00Z'));
  });

  it('returns the creation when the issue never left a new-category status by a change', () => {
    expect(workStartedAt({ created: '2026-10-01T00:00:00Z', statusChanges: [] }, categoryOf)).toBe(t('2026-10-01T00:00:00Z'));
  });
});

describe('flowMetrics', () => {
  it('returns velocity 0, load 0 and no flow time in every bucket when there are no issues', () => {
    const none = { velocity: 0, timeMedianDays: null, time85Days: null, load: 0 };
    expect(flowMetrics([], MONTHS, 'UTC', categoryOf)).toEqual({ feature: none, defect: none, risk: none, debt: none, untagged: none, all: none });
  });

  it('returns one issue as velocity 1 with its flow time in days as median and 85th percentile', () => {
    const one = issue('PAY-1', { resolved: '2026-10-04T12:00:00.000Z', statusChanges: [move('2026-10-02T00:00:00Z', 'todo', 'doing')] });
    expect(flowMetrics([one], MONTHS, 'UTC', categoryOf).feature).toEqual({ velocity: 1, timeMedianDays: 2.5, time85Days: 2.5, load: 0 });
  });

  it('returns only issues resolved in the 3 months, in the site zone', () => {
    const august = issue('PAY-1', { resolved: '2026-09-01T03:00:00.000Z' });
    const september = issue('PAY-2', { resolved: '2026-09-02T00:00:00.000Z' });
    expect(flowMetrics([august, september], MONTHS, 'America/Toronto', categoryOf).all.velocity).toBe(1);
  });

  it('returns the load of issues in an indeterminate-category status now, by work type', () => {
    const started = issue('PAY-1', { category: 'indeterminate', workType: 'debt' });
    const waiting = issue('PAY-2', { category: 'new', workType: 'debt' });
    const figures = flowMetrics([started, waiting], MONTHS, 'UTC', categoryOf);
    expect([figures.debt.load, figures.all.load, figures.feature.load]).toEqual([1, 1, 0]);
  });

  it('returns the nearest-rank 85th percentile and the mean of the middle two as median', () => {
    const days = [1, 2, 3, 4];
    const issues = days.map((day, index) => issue(`PAY-${index}`, { resolved: new Date(t('2026-10-01T00:00:00Z') + day * 86_400_000).toISOString() }));
    expect(flowMetrics(issues, MONTHS, 'UTC', categoryOf).all).toMatchObject({ timeMedianDays: 2.5, time85Days: 4 });
  });

  it('leaves sub-tasks and epics out', () => {
    const subtask = {
      ...issue('PAY-1', { resolved: '2026-10-02T00:00:00.000Z' }),
      issue: story({ hierarchyLevel: -1, resolutionDate: '2026-10-02T00:00:00.000Z' }),
    };
    expect(flowMetrics([subtask], MONTHS, 'UTC', categoryOf).all.velocity).toBe(0);
  });
});
