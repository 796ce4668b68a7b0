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

  it.each([
    // PAY Team A Sprint 10 runs Friday 13 to Friday 27 February 2026: 11 weekdays, so 110 at most.
    [
      '4,038.5 for a sprint of 11 weekdays',
      110,
      4038.5,
      '4038.5 person-days is more than 10 people can work in PAY Team A Sprint 10 (110 at most: 10 × 11 working days); check the value',
    ],
    [
      'half a day over 10 people × its 11 weekdays',
      110,
      110.5,
      '110.5 person-days is more than 10 people can work in PAY Team A Sprint 10 (110 at most: 10 × 11 working days); check the value',
    ],
    // PAY Team A Sprint 28 is future and has no dates yet: two weeks, 100 at most.
    [
      'more than 100 for a sprint without dates',
      128,
      100.5,
      '100.5 person-days is more than 10 people can work in PAY Team A Sprint 28 (100 at most: 10 × 10 working days); check the value',
    ],
  ])('answers VALIDATION on capacity.availableDays and stores nothing when the days are %s', async (_, sprintId, availableDays, message) => {
    const before = local.storedText('PAY');
    expect((await save(sprintId, availableDays)).error).toEqual({ code: 'VALIDATION', field: 'capacity.availableDays', message });
    expect(local.storedText('PAY')).toBe(before);
  });

  it("saves 10 people × the sprint's weekdays when exactly that many person-days are entered", async () => {
    // PAY Team A Sprint 1 runs Monday 22 September to Monday 6 October 2025: 11 weekdays.
    expect((await save(101, 110)).data).toMatchObject({ availableDays: 110, version: 1, id: '1:101' });
  });

  it('answers VALIDATION for the capacity of a board of another project', async () => {
    expect((await local.invoke('capacity/list', { boardId: 3 })).error).toMatchObject({ code: 'VALIDATION', field: 'boardId' });
  });
});
