import type { SprintCapacity } from '../../shared/records';
import { capacityForecast, capacityRows, rollingPointsPerDay, type BoardSprint } from './capacityFigures';

function closed(id: number, completeDate: string, completedPoints: number): BoardSprint {
  return { id, name: `Sprint ${id}`, state: 'closed', startDate: '2026-01-01T00:00:00.000Z', completeDate, completedPoints };
}

function capacity(sprintId: number, availableDays: number): SprintCapacity {
  return {
    id: `1:${sprintId}`,
    version: 1,
    projectKey: 'PAY',
    boardId: 1,
    sprintId,
    availableDays,
    createdAt: '',
    createdBy: '',
    updatedAt: '',
    updatedBy: '',
  };
}

const FUTURE: BoardSprint = { id: 9, name: 'Sprint 9', state: 'future', completedPoints: null };
const ACTIVE: BoardSprint = { id: 8, name: 'Sprint 8', state: 'active', startDate: '2026-03-01T00:00:00.000Z', completedPoints: null };

describe('capacityRows', () => {
  it('returns closed sprints by completion, then the active one, then future ones', () => {
    const rows = capacityRows([FUTURE, closed(2, '2026-02-01T00:00:00.000Z', 10), ACTIVE, closed(1, '2026-01-15T00:00:00.000Z', 5)], []);
    expect(rows.map((row) => row.sprintId)).toEqual([1, 2, 8, 9]);
  });

  it("offers the nearest earlier sprint's days as the default and divides completed points by available days", () => {
    const rows = capacityRows(
      [closed(1, '2026-01-15T00:00:00.000Z', 20), closed(2, '2026-02-01T00:00:00.000Z', 12), closed(3, '2026-02-15T00:00:00.000Z', 9), ACTIVE],
      [capacity(1, 40), capacity(3, 0)],
    );
    expect(rows.map((row) => [row.defaultDays, row.pointsPerDay])).toEqual([
      [null, 0.5],
      [40, null],
      [40, null],
      [0, null],
    ]);
    expect(rows[3]?.completedPoints).toBeNull();
  });

  it('returns no rows for a board with no sprints', () => {
    expect(capacityRows([], [capacity(1, 10)])).toEqual([]);
  });
});

describe('rollingPointsPerDay and capacityForecast', () => {
  const sprints = [
    closed(1, '2026-01-01T00:00:00.000Z', 100),
    closed(2, '2026-01-15T00:00:00.000Z', 20),
    closed(3, '2026-02-01T00:00:00.000Z', 30),
    closed(4, '2026-02-15T00:00:00.000Z', 10),
    ACTIVE,
    FUTURE,
  ];

  it('divides the points of the last 3 closed sprints with a capacity by their days (a ratio of sums)', () => {
    const rows = capacityRows(sprints, [capacity(1, 10), capacity(2, 10), capacity(3, 20), capacity(4, 10)]);
    expect(rollingPointsPerDay(rows)).toBe((20 + 30 + 10) / (10 + 20 + 10));
  });

  it('forecasts the first future sprint: rolling points per day × its capacity', () => {
    const rows = capacityRows(sprints, [capacity(2, 10), capacity(3, 20), capacity(9, 8)]);
    expect(capacityForecast(rows)).toEqual({ sprintId: 9, sprintName: 'Sprint 9', availableDays: 8, pointsPerDay: 50 / 30, points: (50 / 30) * 8 });
  });

  it('forecasts the active sprint when no future one exists, with no points until it has a capacity', () => {
    const rows = capacityRows(sprints.slice(0, 5), [capacity(2, 10)]);
    expect(capacityForecast(rows)).toEqual({ sprintId: 8, sprintName: 'Sprint 8', availableDays: null, pointsPerDay: 2, points: null });
  });

  it('returns no points per day without any capacity, and no forecast without an open sprint', () => {
    expect(rollingPointsPerDay(capacityRows(sprints, []))).toBeNull();
    expect(capacityForecast(capacityRows(sprints.slice(0, 4), [capacity(1, 1)]))).toBeNull();
  });
});
