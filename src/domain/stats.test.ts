import { median, nearestRank } from './stats';

describe('median', () => {
  it('returns null when there are no values', () => {
    expect(median([])).toBeNull();
  });

  it('returns the one value when there is one', () => {
    expect(median([4.5])).toBe(4.5);
  });

  it('returns the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('returns the mean of the two middle values of an even count', () => {
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});

describe('nearestRank', () => {
  it('returns null when there are no values', () => {
    expect(nearestRank([], 85)).toBeNull();
  });

  it('returns the one value when there is one', () => {
    expect(nearestRank([7], 85)).toBe(7);
  });

  it('returns the value at rank ⌈0.85 n⌉ in ascending order', () => {
    expect(nearestRank([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 85)).toBe(9);
  });

  it('returns the value at rank 17 of 20, where ⌈0.85 n⌉ is a whole number', () => {
    expect(nearestRank([...Array.from({ length: 20 }, (_, index) => index + 1)], 85)).toBe(17);
  });

  it('returns the tied value when values tie at the 85th percentile', () => {
    expect(nearestRank([1, 2, 5, 5, 5, 5, 9], 85)).toBe(5);
  });
});
