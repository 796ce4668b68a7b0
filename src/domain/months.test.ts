import { monthLocator, monthOf, monthWindow } from './months';

describe('monthOf', () => {
  it('returns the previous month for an instant just after midnight UTC on the 1st in Toronto', () => {
    expect(monthOf('2026-03-01T03:30:00.000+0000', 'America/Toronto')).toBe('2026-02');
  });

  it('returns the new month once midnight has passed in the zone', () => {
    expect(monthOf('2026-03-01T05:00:00.000+0000', 'America/Toronto')).toBe('2026-03');
  });

  it('returns the next month for an instant before midnight UTC in a zone ahead of UTC', () => {
    expect(monthOf('2026-01-31T20:00:00.000Z', 'Asia/Tokyo')).toBe('2026-02');
  });
});

describe('monthWindow', () => {
  it('returns the last N months ending with the month containing now, oldest first', () => {
    expect(monthWindow('2026-11-15T06:00:00.000+0000', 'America/Toronto', 3)).toEqual(['2026-09', '2026-10', '2026-11']);
  });

  it('returns months across a year boundary', () => {
    expect(monthWindow('2026-02-01T12:00:00Z', 'UTC', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('uses the zone to decide which month now is in', () => {
    expect(monthWindow('2026-12-01T02:00:00Z', 'America/Toronto', 1)).toEqual(['2026-11']);
  });

  it('returns no months when the count is 0', () => {
    expect(monthWindow('2026-11-15T06:00:00Z', 'UTC', 0)).toEqual([]);
  });
});

describe('monthLocator', () => {
  const locate = monthLocator(['2026-02', '2026-03'], 'America/Toronto');

  it('returns the month in the zone, agreeing with monthOf near midnight', () => {
    for (const instant of ['2026-03-01T04:59:59.999Z', '2026-03-01T05:00:00.000Z', '2026-02-01T05:00:00.000+0000', '2026-03-31T23:00:00.000-0400']) {
      expect(locate(instant)).toBe(monthOf(instant, 'America/Toronto'));
    }
  });

  it('returns undefined outside the months', () => {
    expect(locate('2026-02-01T04:59:59.000Z')).toBeUndefined();
    expect(locate('2026-04-01T04:00:00.000Z')).toBeUndefined();
  });

  it('returns undefined for every instant when there are no months', () => {
    expect(monthLocator([], 'UTC')('2026-02-01T00:00:00Z')).toBeUndefined();
  });
});
