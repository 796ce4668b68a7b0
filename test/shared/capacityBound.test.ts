import { MAX_TEAM_SIZE, maxDays, workingDays } from '../../src/shared/capacityBound';

describe('workingDays', () => {
  it('returns the weekdays from start to end, both counted, when the sprint has dates', () => {
    expect(workingDays({ startDate: '2026-02-13T09:25:00.000+0000', endDate: '2026-02-27T09:25:00.000+0000' })).toBe(11);
    expect(workingDays({ startDate: '2026-11-02T09:00:00.000Z', endDate: '2026-11-13T17:00:00.000Z' })).toBe(10);
  });

  it('returns two weeks (10) when a date is missing or the end comes before the start', () => {
    expect(workingDays({})).toBe(10);
    expect(workingDays({ startDate: '2026-11-02T09:00:00.000Z' })).toBe(10);
    expect(workingDays({ startDate: '2026-11-13T09:00:00.000Z', endDate: '2026-11-02T09:00:00.000Z' })).toBe(10);
  });

  it('returns 1 when the sprint lies within one weekend', () => {
    expect(workingDays({ startDate: '2026-11-07T09:00:00.000Z', endDate: '2026-11-08T17:00:00.000Z' })).toBe(1);
  });
});

describe('maxDays', () => {
  it('returns 10 people × the working days when the sprint has dates, and 100 when it has none', () => {
    expect(MAX_TEAM_SIZE).toBe(10);
    expect(maxDays({ startDate: '2026-02-13T09:25:00.000+0000', endDate: '2026-02-27T09:25:00.000+0000' })).toBe(110);
    expect(maxDays({})).toBe(100);
  });
});
