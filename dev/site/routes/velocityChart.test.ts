import { call, useSite } from '../testing/client';
import { errorShape, velocityChartShape } from '../testing/shapes';
import { OUTSIDER, VIEWER } from '../testing/tinySite';
import { velocitySite } from '../testing/velocitySite';

const VELOCITY = '/rest/greenhopper/1.0/rapid/charts/velocity';
const NOT_FOUND = {
  errorMessages: [],
  errors: { rapidViewId: 'The requested board cannot be viewed because it either does not exist or you do not have permission to view it.' },
};

describe('GET /rest/greenhopper/1.0/rapid/charts/velocity', () => {
  const site = useSite(velocitySite);

  async function alpha1(as?: string) {
    const { status, body } = await call(site(), `${VELOCITY}?rapidViewId=1`, { as });
    expect(status).toBe(200);
    const entry = velocityChartShape.parse(body).velocityStatEntries['11'];
    if (!entry) throw new Error('sprint 11 has no entry');
    return {
      estimated: entry.estimated,
      completed: entry.completed,
      committedKeys: entry.estimatedEntries.map((e) => e.issueKey),
      completedKeys: entry.completedEntries.map((e) => e.issueKey),
      considered: entry.allConsideredIssueKeys,
    };
  }

  it("returns the board's closed sprints with Jira's sprint shape and Java-style statistic texts", async () => {
    const { body } = await call(site(), `${VELOCITY}?rapidViewId=1`);
    const chart = velocityChartShape.parse(body);
    expect(chart.sprints).toEqual([{ id: 11, sequence: 11, name: 'Alpha 1', state: 'CLOSED', linkedPagesCount: 0, goal: '' }]);
    expect(Object.keys(chart.velocityStatEntries)).toEqual(['11']);
    expect((await alpha1()).estimated).toEqual({ value: 41, text: '41.0' });
    expect((await alpha1()).completed).toEqual({ value: 47, text: '47.0' });
  });

  it('returns the same answer when the path has the .json suffix', async () => {
    const plain = await call(site(), `${VELOCITY}?rapidViewId=1`);
    const suffixed = await call(site(), `${VELOCITY}.json?rapidViewId=1`);
    expect(suffixed.body).toEqual(plain.body);
  });

  it('returns the estimate at the start in the commitment and at the completion in completed', async () => {
    const { body } = await call(site(), `${VELOCITY}?rapidViewId=1`);
    const entry = velocityChartShape.parse(body).velocityStatEntries['11'];
    expect(entry?.estimatedEntries).toContainEqual({ issueKey: 'ALP-11', value: 3 });
    expect(entry?.estimatedEntries).toContainEqual({ issueKey: 'ALP-18', value: 2 });
    expect(entry?.completedEntries).toContainEqual({ issueKey: 'ALP-18', value: 4 });
  });

  it('returns 0 for an issue whose estimate was unparsable at the start and is empty now', async () => {
    const { body } = await call(site(), `${VELOCITY}?rapidViewId=1`);
    expect(velocityChartShape.parse(body).velocityStatEntries['11']?.estimatedEntries).toContainEqual({ issueKey: 'ALP-20', value: 0 });
  });

  it('returns an issue in a status mapped to no column outside the commitment', async () => {
    const figures = await alpha1();
    expect(figures.committedKeys).not.toContain('ALP-12');
    expect(figures.completedKeys).toContain('ALP-12');
  });

  it('returns an issue done before the sprint started in neither figure', async () => {
    const figures = await alpha1();
    expect(figures.committedKeys).not.toContain('ALP-13');
    expect(figures.completedKeys).not.toContain('ALP-13');
    expect(figures.considered).toContain('ALP-13');
  });

  it('returns an issue done before it joined the sprint as not completed', async () => {
    const figures = await alpha1();
    expect(figures.completedKeys).not.toContain('ALP-14');
    expect(figures.considered).toContain('ALP-14');
  });

  it('returns an issue in an in-progress status of the last column as completed', async () => {
    expect((await alpha1()).completedKeys).toContain('ALP-15');
  });

  it('returns sub-tasks in neither figure nor among the considered issues', async () => {
    const figures = await alpha1();
    expect([...figures.committedKeys, ...figures.completedKeys, ...figures.considered]).not.toContain('ALP-16');
  });

  it('returns the changes of a history without fieldId counted under the field they name', async () => {
    const figures = await alpha1();
    expect(figures.committedKeys).toContain('ALP-18');
    expect(figures.completedKeys).toContain('ALP-18');
  });

  it('returns an issue that joined exactly when the sprint started in the commitment', async () => {
    expect((await alpha1()).committedKeys).toContain('ALP-19');
  });

  it('returns exactly the cases that count when the admin asks', async () => {
    const figures = await alpha1();
    expect(figures.committedKeys).toEqual(['ALP-11', 'ALP-15', 'ALP-17', 'BET-17', 'ALP-18', 'ALP-19', 'ALP-20']);
    expect(figures.completedKeys).toEqual(['ALP-11', 'ALP-12', 'ALP-15', 'ALP-17', 'BET-17', 'ALP-18']);
  });

  it('returns figures without the issues the user may not see when the board filter names a project they may not browse', async () => {
    const figures = await alpha1(VIEWER);
    expect(figures.estimated).toEqual({ value: 7, text: '7.0' });
    expect(figures.completed).toEqual({ value: 13, text: '13.0' });
    expect(figures.considered).not.toContain('ALP-17');
    expect(figures.considered).not.toContain('BET-17');
  });

  it('returns 404 naming rapidViewId when the board is unknown, hidden from the user, or not named', async () => {
    for (const [query, as] of [
      ['rapidViewId=99', undefined],
      ['rapidViewId=3', VIEWER],
      ['rapidViewId=1', OUTSIDER],
      ['rapidViewId=abc', undefined],
      ['', undefined],
    ] as const) {
      const { status, body } = await call(site(), `${VELOCITY}?${query}`, { as });
      expect({ query, status, body: errorShape.parse(body) }).toEqual({ query, status: 404, body: NOT_FOUND });
    }
  });

  it('returns an empty chart when the board is kanban', async () => {
    expect((await call(site(), `${VELOCITY}?rapidViewId=2`)).body).toEqual({ sprints: [], velocityStatEntries: {} });
  });
});
