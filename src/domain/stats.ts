/**
 * Median of `values` (docs/METRICS.md, Flow metrics): the middle value in ascending order, or the mean
 * of the two middle values.
 *
 * Empty input: null.
 *
 * @example median([3, 1, 2, 10]) // 2.5
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/**
 * The `percent` percentile of `values` by nearest rank (docs/METRICS.md, Flow metrics): the value at
 * rank ⌈percent / 100 × n⌉ in ascending order (rank 1 is the smallest). The product is taken in whole
 * numbers before dividing, so a rank that is a whole number never rounds up past it.
 *
 * Empty input: null.
 *
 * @example nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 85) // 9 (rank ⌈8.5⌉ = 9)
 */
export function nearestRank(values: readonly number[], percent: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((percent * sorted.length) / 100));
  return sorted[rank - 1] ?? null;
}
