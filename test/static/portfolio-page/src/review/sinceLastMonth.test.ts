import { changed, sinceLastMonth, thenWords } from '../../../../../static/portfolio-page/src/review/sinceLastMonth';
import { readyRow } from '../reviewRowsFixture';

describe('sinceLastMonth', () => {
  it('returns null before a month has closed since the first snapshot', () => {
    expect(sinceLastMonth(readyRow('PAY'))).toBeNull();
  });

  it("returns this month's figures beside last month's closing ones and the signals that moved", () => {
    const row = readyRow('PAY', {
      velocity: 18,
      sayDo: 0.6,
      lastMonth: {
        month: '2026-10',
        quarterPoints: 35,
        velocity: 26,
        sayDo: 0.6,
        signals: ['untagged-work'],
        appeared: ['velocity-drop'],
        cleared: ['untagged-work'],
      },
    });
    expect(sinceLastMonth(row)).toEqual({
      month: '2026-10',
      quarterPoints: { now: 40, then: 35 },
      velocity: { now: 18, then: 26 },
      sayDo: { now: 0.6, then: 0.6 },
      appeared: ['velocity-drop'],
      cleared: ['untagged-work'],
    });
  });
});

describe('thenWords', () => {
  it('returns "26 pts at end of October" for a closing figure', () => {
    expect(thenWords(26, '2026-10', (value) => `${value ?? 0} pts`)).toBe('26 pts at end of October');
  });

  it('returns "none at end of …" when last month had no such figure', () => {
    expect(thenWords(null, '2026-01', String)).toBe('none at end of January');
  });
});

describe('changed', () => {
  it('returns whether a figure moved, a figure appearing or going counting as a move', () => {
    expect(changed({ now: 18, then: 26 })).toBe(true);
    expect(changed({ now: 0.6, then: 0.6 })).toBe(false);
    expect(changed({ now: null, then: 3 })).toBe(true);
    expect(changed({ now: null, then: null })).toBe(false);
  });
});
