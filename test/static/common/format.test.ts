import { figureColumns, formatMonthToDate, isFigureText, monthOfInstant, monthToDate } from '../../../static/common/format';

describe('months to date', () => {
  it("returns the month an instant falls in in the site's time zone, not in UTC", () => {
    expect(monthOfInstant('2026-12-01T03:00:00.000Z', 'America/Toronto')).toBe('2026-11');
    expect(monthOfInstant('2026-12-01T03:00:00.000Z', 'UTC')).toBe('2026-12');
  });

  it('returns the UTC month when the time zone is unknown, and null when the instant is not a date', () => {
    expect(monthOfInstant('2026-11-15T12:00:00.000Z', 'Nowhere/Atlantis')).toBe('2026-11');
    expect(monthOfInstant('yesterday', 'UTC')).toBeNull();
  });

  it('returns the listed month that holds the as-of instant when the figures were taken during it', () => {
    expect(monthToDate(['2026-09', '2026-10', '2026-11'], '2026-11-15T12:00:00.000Z', 'UTC')).toBe('2026-11');
  });

  it('returns null when every listed month is over at the as-of instant', () => {
    expect(monthToDate(['2026-09', '2026-10', '2026-11'], '2026-12-01T00:00:00.000Z', 'UTC')).toBeNull();
  });

  it('returns "(to date)" after the month name only when the month is under way', () => {
    expect(formatMonthToDate('2026-11', true)).toBe('Nov 2026 (to date)');
    expect(formatMonthToDate('2026-10', false)).toBe('Oct 2026');
  });
});

describe('figure text', () => {
  it('returns true when a cell holds a number, a unit, a share in brackets or a dash', () => {
    for (const text of ['12', '2.5', '12 (40%)', '40%', '2.8 d', '−8%', '+12%', '12.5 pts', '1 point', '3 issues', '—']) {
      expect([text, isFigureText(text)]).toEqual([text, true]);
    }
  });

  it('returns false when a cell holds words, a month or a date', () => {
    for (const text of ['Feature', 'Nov 2026', '15 Nov 2026', 'PAY-12', 'Sprint 44', '']) {
      expect([text, isFigureText(text)]).toEqual([text, false]);
    }
  });
});

describe('figure columns', () => {
  const head = [{ key: 'month' }, { key: 'feature' }, { key: 'total' }];

  it('returns the columns whose every cell is a figure when some cell is not a dash', () => {
    const rows = [
      { cells: [{ content: 'Oct 2026' }, { content: '12 (40%)' }, { content: '30' }] },
      { cells: [{ content: 'Nov 2026 (to date)' }, { content: '—' }, { content: 0 }] },
    ];
    expect(figureColumns({ head, rows })).toEqual(new Set(['feature', 'total']));
  });

  it('returns no column when its cells are only dashes, hold components or it sorts from its header', () => {
    const rows = [{ cells: [{ content: '—' }, { content: { type: 'a' } }, { content: '30' }] }];
    expect(figureColumns({ head: [{ key: 'month' }, { key: 'feature' }, { key: 'total', isSortable: true }], rows })).toEqual(new Set());
  });

  it('returns no column when the table has no row', () => {
    expect(figureColumns({ head, rows: [] })).toEqual(new Set());
  });
});
