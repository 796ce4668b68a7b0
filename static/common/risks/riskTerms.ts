import type { RiskBand, RiskStatus, RiskStrategy } from '../../../src/shared/records';

/** The 5-point scales of the register (docs/METRICS.md, Risk register), named as a risk workshop says them. */
export const LIKELIHOOD_NAMES: Record<number, string> = { 1: 'Rare', 2: 'Unlikely', 3: 'Possible', 4: 'Likely', 5: 'Almost certain' };
export const IMPACT_NAMES: Record<number, string> = { 1: 'Negligible', 2: 'Minor', 3: 'Moderate', 4: 'Major', 5: 'Severe' };
export const SCALE = [1, 2, 3, 4, 5] as const;

export const STRATEGY_LABELS: Record<RiskStrategy, string> = {
  monitor: 'Monitor',
  transfer: 'Transfer',
  avoid: 'Avoid',
  mitigate: 'Mitigate',
  prepare: 'Prepare',
  exploit: 'Exploit',
};
export const STATUS_LABELS: Record<RiskStatus, string> = { open: 'Open', closed: 'Closed' };

export const BAND_LABELS: Record<RiskBand, string> = { low: 'Low', medium: 'Medium', high: 'High' };
/** Lozenges read the same as the heat map's cells. */
export const BAND_LOZENGES: Record<RiskBand, 'success' | 'moved' | 'removed'> = { low: 'success', medium: 'moved', high: 'removed' };

export const STATEMENT_GUIDE = 'Given that …, there is a risk that …, which will lead to …';

export function scaleLabel(value: number, names: Record<number, string>): string {
  return `${value} – ${names[value] ?? ''}`;
}
