import { maxDays, parseDays, workingDays } from '../../../../../static/product-page/src/capacity/capacityTerms';

describe('capacity entry', () => {
  it('returns 38.5 when 38,5 is typed with a decimal comma', () => {
    expect(parseDays('38,5')).toEqual({ days: 38.5 });
    expect(parseDays(' 40 ')).toEqual({ days: 40 });
  });

  it('returns an error when a thousands separator or a negative number is typed', () => {
    expect(parseDays('4,038.5')).toEqual({ error: "'4,038.5' is not a number of person-days (0 or more)" });
    expect(parseDays('-1')).toHaveProperty('error');
    expect(parseDays('')).toEqual({ error: 'Enter the available person-days' });
  });

  it('returns 10 weekdays and at most 100 person-days for a two-week sprint, and two weeks when dates are missing', () => {
    const sprint = { startDate: '2026-11-02T09:00:00.000Z', endDate: '2026-11-13T17:00:00.000Z' };
    expect(workingDays(sprint)).toBe(10);
    expect(maxDays(sprint)).toBe(100);
    expect(workingDays({})).toBe(10);
  });

  it('returns an error naming the bound when the value is more than the sprint allows', () => {
    expect(parseDays('4038.5', 100)).toEqual({ error: '4038.5 person-days is more than 10 people can work in this sprint (100 at most); check the value' });
    expect(parseDays('100', 100)).toEqual({ days: 100 });
  });
});
