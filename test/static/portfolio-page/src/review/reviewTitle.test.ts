import type { PortfolioSnapshotOverview } from '../../../../../src/shared/api';
import { isQuarterToDate, quarterName } from '../../../../../static/portfolio-page/src/review/reviewTitle';

function overview(now: string | null, months = ['2026-09', '2026-10', '2026-11']): PortfolioSnapshotOverview {
  return {
    site: now === null ? null : { now, timeZone: 'America/Toronto' },
    months,
    products: [],
    total: {
      feature: { count: 0, points: 0 },
      defect: { count: 0, points: 0 },
      risk: { count: 0, points: 0 },
      debt: { count: 0, points: 0 },
      untagged: { count: 0, points: 0 },
    },
    totalShares: null,
  };
}

describe('quarter to date', () => {
  it('returns the quarter with "to date" when the newest snapshot was taken in the quarter\'s last month', () => {
    expect(isQuarterToDate(overview('2026-11-15T12:00:00.000Z'))).toBe(true);
    expect(quarterName(overview('2026-11-15T12:00:00.000Z'))).toBe('Sep 2026 – Nov 2026 to date');
  });

  it("returns the plain quarter when the snapshot's instant is past the last month in the site's zone", () => {
    // 1 Dec 06:00 UTC is 1 Dec 01:00 in Toronto: November is over there.
    expect(isQuarterToDate(overview('2026-12-01T06:00:00.000Z'))).toBe(false);
    expect(quarterName(overview('2026-12-01T06:00:00.000Z'))).toBe('Sep 2026 – Nov 2026');
  });

  it("returns to date when the instant is already December in UTC but still November in the site's zone", () => {
    expect(isQuarterToDate(overview('2026-12-01T03:00:00.000Z'))).toBe(true);
  });

  it('returns false when no snapshot is ready or no month is listed', () => {
    expect(isQuarterToDate(overview(null))).toBe(false);
    expect(isQuarterToDate(overview('2026-11-15T12:00:00.000Z', []))).toBe(false);
  });
});
