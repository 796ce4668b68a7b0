import { parseEstimate, parseSprintIds, valueAt } from './fieldHistory';

const fromSide = (change: { fromString: string | null }) => change.fromString;

describe('valueAt', () => {
  it('returns the current value when the field never changed', () => {
    expect(valueAt([], 100, '5', fromSide)).toBe('5');
  });

  it('returns the from side of the earliest change made after the instant', () => {
    const changes = [
      { at: 300, from: null, fromString: '8', to: null, toString: null },
      { at: 200, from: null, fromString: '3', to: null, toString: null },
    ];
    expect(valueAt(changes, 100, '13', fromSide)).toBe('3');
  });

  it('returns the current value when every change was made before the instant', () => {
    expect(valueAt([{ at: 50, from: null, fromString: '3', to: null, toString: null }], 100, '5', fromSide)).toBe('5');
  });

  it('counts a change made exactly at the instant as made at or before it', () => {
    const changes = [
      { at: 100, from: null, fromString: '1', to: null, toString: null },
      { at: 200, from: null, fromString: '2', to: null, toString: null },
    ];
    expect(valueAt(changes, 100, '3', fromSide)).toBe('2');
  });
});

describe('parseSprintIds', () => {
  it('returns the ids of a comma-separated list with spaces', () => {
    expect(parseSprintIds('102, 103')).toEqual([102, 103]);
  });

  it('returns no ids when the side is empty or null', () => {
    expect(parseSprintIds('')).toEqual([]);
    expect(parseSprintIds(null)).toEqual([]);
  });
});

describe('parseEstimate', () => {
  it('returns the number when the side holds one', () => {
    expect(parseEstimate('5')).toBe(5);
    expect(parseEstimate('0.5')).toBe(0.5);
  });

  it('returns null when the estimate was empty', () => {
    expect(parseEstimate('')).toBeNull();
    expect(parseEstimate(null)).toBeNull();
  });
});
