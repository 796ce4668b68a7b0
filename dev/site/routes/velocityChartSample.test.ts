import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadFixture } from '../fixture';
import { call, useSite } from '../testing/client';
import { velocityChartShape } from '../testing/shapes';

/**
 * The emulator's velocity chart against the figures of the contract-v2 sample, which an independent
 * implementation computed for every viewer: the same committed and completed for every board and sprint.
 */
const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/sample-site-v2.json');
const EXPECTED = path.resolve(__dirname, '../../../test/fixtures/sample-site-v2.expected.json');

const expectedSprint = z.looseObject({ id: z.number(), committed: z.number(), completed: z.number() });
const expectedRollup = z.looseObject({ velocity: z.looseObject({ boards: z.array(z.looseObject({ id: z.number(), sprints: z.array(expectedSprint) })) }) });
const expectedShape = z.record(z.string(), z.record(z.string(), expectedRollup.nullable()));

interface BoardCase {
  viewer: string;
  boardId: number;
  sprints: z.infer<typeof expectedSprint>[];
}

function boardCases(): BoardCase[] {
  const expected = expectedShape.parse(JSON.parse(readFileSync(EXPECTED, 'utf8')));
  return Object.entries(expected).flatMap(([viewer, projects]) =>
    Object.values(projects).flatMap((rollup) => (rollup ? rollup.velocity.boards.map((board) => ({ viewer, boardId: board.id, sprints: board.sprints })) : [])),
  );
}

describe('GET /rest/greenhopper/1.0/rapid/charts/velocity on the contract-v2 sample', () => {
  const site = useSite(() => loadFixture(FIXTURE));
  const cases = boardCases();

  it('returns cases to check when the expected figures are read', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases.map((c) => [c.viewer, c.boardId, c] as const))(
    'returns the expected committed and completed of every sprint when %s asks for board %i',
    async (viewer, boardId, boardCase) => {
      const { status, body } = await call(site(), `/rest/greenhopper/1.0/rapid/charts/velocity?rapidViewId=${boardId}`, { as: viewer });
      expect(status).toBe(200);
      const chart = velocityChartShape.parse(body);
      expect(chart.sprints.map((s) => s.id).sort((a, b) => a - b)).toEqual(boardCase.sprints.map((s) => s.id).sort((a, b) => a - b));
      const actual = boardCase.sprints.map((s) => ({
        id: s.id,
        committed: chart.velocityStatEntries[String(s.id)]?.estimated.value,
        completed: chart.velocityStatEntries[String(s.id)]?.completed.value,
      }));
      expect(actual).toEqual(boardCase.sprints.map((s) => ({ id: s.id, committed: s.committed, completed: s.completed })));
    },
  );
});
