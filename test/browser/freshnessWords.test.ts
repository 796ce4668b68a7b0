import { formatAsOf, hoursSince, isStale } from '../../static/common/format';

/**
 * The words of "Figures as of …", which snapshots.test.ts predicts for the page (the browser runs in
 * this machine's time zone, so local dates here are local dates there).
 */
describe('when figures were taken, in words', () => {
  const now = new Date(2026, 11, 1, 16, 30);

  it('says the time and "today" for a snapshot of today', () => {
    expect(formatAsOf(new Date(2026, 11, 1, 14, 2).toISOString(), now)).toBe('14:02 today');
    expect(formatAsOf(new Date(2026, 11, 1, 0, 5).toISOString(), now)).toBe('00:05 today');
  });

  it('says "yesterday", then the day and month, then the year once it is another year', () => {
    expect(formatAsOf(new Date(2026, 10, 30, 9, 0).toISOString(), now)).toBe('09:00 yesterday');
    expect(formatAsOf(new Date(2026, 10, 28, 9, 0).toISOString(), now)).toBe('28 Nov, 09:00');
    expect(formatAsOf(new Date(2025, 11, 1, 9, 0).toISOString(), now)).toBe('1 Dec 2025, 09:00');
  });

  it('shows anything that is not a date as given', () => {
    expect(formatAsOf('soon', now)).toBe('soon');
    expect(hoursSince('soon', now)).toBeNull();
  });

  it('calls figures stale after a day and a half', () => {
    expect(isStale(new Date(now.getTime() - 35 * 3_600_000).toISOString(), now)).toBe(false);
    expect(isStale(new Date(now.getTime() - 37 * 3_600_000).toISOString(), now)).toBe(true);
  });
});
