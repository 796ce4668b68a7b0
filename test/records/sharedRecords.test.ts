import { addDays, analysisStatusOf, fiscalYearLabel, fiscalYearMonths, fiscalYearOf, riskBand, riskSeverity } from '../../src/shared/records';

describe('risk severity and band (docs/METRICS.md, Risk register)', () => {
  it.each([
    [1, 1, 1, 'low'],
    [2, 2, 4, 'low'],
    [1, 5, 5, 'medium'],
    [3, 4, 12, 'medium'],
    [5, 3, 15, 'high'],
    [5, 5, 25, 'high'],
  ])('likelihood %i × impact %i is severity %i, band %s', (likelihood, impact, severity, band) => {
    expect(riskSeverity(likelihood, impact)).toBe(severity);
    expect(riskBand(severity)).toBe(band);
  });

  it('bands every severity 1–25 as low 1–4, medium 5–12, high 13 and up', () => {
    const bands = Array.from({ length: 25 }, (_, index) => riskBand(index + 1));
    expect(bands.lastIndexOf('low')).toBe(3);
    expect(bands.lastIndexOf('medium')).toBe(11);
    expect(bands.indexOf('high')).toBe(12);
  });
});

describe('fiscal years', () => {
  it('returns the 12 months from the start month, into the next calendar year', () => {
    expect(fiscalYearMonths(2026, 4)).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
    expect(fiscalYearMonths(2026, 1)[11]).toBe('2026-12');
  });

  it('names the fiscal year a month falls in by the calendar year it starts in', () => {
    expect([fiscalYearOf('2027-03', 4), fiscalYearOf('2027-04', 4), fiscalYearOf('2026-01', 1)]).toEqual([2026, 2027, 2026]);
    expect([fiscalYearLabel(2026, 4), fiscalYearLabel(2026, 1), fiscalYearLabel(2099, 10)]).toEqual(['FY 2026–27', 'FY 2026', 'FY 2099–00']);
  });
});

describe('release analysis status', () => {
  const released = { released: true, releaseDate: '2026-09-09' };

  it('falls due on the release date plus the due days', () => {
    expect(addDays('2026-09-09', 30)).toBe('2026-10-09');
    expect(analysisStatusOf(released, false, 30, '2026-10-08')).toBe('not-due');
    expect(analysisStatusOf(released, false, 30, '2026-10-09')).toBe('due');
  });

  it('is done with an analysis, and never due for unreleased or undated versions', () => {
    expect(analysisStatusOf(released, true, 30, '2027-01-01')).toBe('done');
    expect(analysisStatusOf({ released: false, releaseDate: '2020-01-01' }, false, 0, '2027-01-01')).toBe('not-due');
    expect(analysisStatusOf({ released: true, releaseDate: null }, false, 0, '2027-01-01')).toBe('not-due');
  });
});
