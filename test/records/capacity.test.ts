import { startRecordSite, type RecordSite } from './localSite';

let local: RecordSite;
beforeAll(async () => {
  local = await startRecordSite();
});
afterAll(() => local.close());

const save = (sprintId: number, availableDays: number, version?: number) =>
  local.invoke('capacity/save', { capacity: { boardId: 1, sprintId, availableDays, version } });

describe('capacity/* through POST /__bridge/invoke', () => {
  it("offers the previous sprint's days as the default, points per available day, and the next sprint's forecast", async () => {
    // Jira's completed points of PAY Team A's sprints 124–126 (sample-site.expected.json): 18, 29, 24.
    for (const [sprintId, days] of [
      [124, 20],
      [125, 29],
      [126, 30],
      [128, 40],
    ] as const)
      expect((await save(sprintId, days)).ok).toBe(true);
    const { sprints, forecast, canEdit } = await local.data('capacity/list', { boardId: 1 });
    expect(canEdit).toBe(true);
    const row = (id: number) => sprints.find((sprint) => sprint.sprintId === id);
    expect(sprints.map((sprint) => sprint.sprintId).slice(-4)).toEqual([125, 126, 127, 128]);
    expect(row(123)).toMatchObject({ state: 'closed', completedPoints: 10, capacity: null, pointsPerDay: null, defaultDays: null });
    expect(row(124)).toMatchObject({ completedPoints: 18, capacity: { availableDays: 20, version: 1 }, pointsPerDay: 0.9 });
    expect(row(126)).toMatchObject({ completedPoints: 24, pointsPerDay: 0.8, defaultDays: 29 });
    expect(row(127)).toMatchObject({ state: 'active', capacity: null, defaultDays: 30, completedPoints: null });
    expect(row(128)).toMatchObject({ state: 'future', defaultDays: 30 });
    expect(forecast).toEqual({ sprintId: 128, sprintName: 'PAY Team A Sprint 28', availableDays: 40, pointsPerDay: 71 / 79, points: (71 / 79) * 40 });
  });

  it("answers CONFLICT when a sprint's capacity is saved again without the version, and saves with it", async () => {
    await save(110, 25);
    expect((await save(110, 30)).error).toMatchObject({ code: 'CONFLICT', current: { availableDays: 25, version: 1 } });
    expect((await save(110, 30, 1)).data).toMatchObject({ availableDays: 30, version: 2, id: '1:110' });
    expect((await save(110, 31, 1)).error?.code).toBe('CONFLICT');
  });

  it.each([
    ['a board of another project', { boardId: 3, sprintId: 183 }, 'capacity.boardId'],
    ['a board that does not exist', { boardId: 999, sprintId: 101 }, 'capacity.boardId'],
    ['a sprint of another board of the project', { boardId: 1, sprintId: 150 }, 'capacity.sprintId'],
    ["a sprint of another project's board", { boardId: 1, sprintId: 183 }, 'capacity.sprintId'],
    ['negative days', { boardId: 1, sprintId: 101, availableDays: -1 }, 'capacity.availableDays'],
    ['days as text', { boardId: 1, sprintId: 101, availableDays: 'ten' }, 'capacity.availableDays'],
  ])('answers VALIDATION naming the field and stores nothing for %s', async (_, capacity, field) => {
    const before = local.storedText('PAY');
    const reply = await local.invoke('capacity/save', { capacity: { availableDays: 10, ...capacity } });
    expect(reply.error).toMatchObject({ code: 'VALIDATION', field });
    expect(local.storedText('PAY')).toBe(before);
  });

  it('answers VALIDATION for the capacity of a board of another project', async () => {
    expect((await local.invoke('capacity/list', { boardId: 3 })).error).toMatchObject({ code: 'VALIDATION', field: 'boardId' });
  });
});
