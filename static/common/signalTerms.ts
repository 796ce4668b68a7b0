import type { SignalCode } from '../../src/shared/figures';

/** How each health signal is named wherever it shows (docs/METRICS.md, Health signals). */
export const SIGNAL_LABELS: Record<SignalCode, string> = {
  'no-risk-or-debt': 'No Risk or Debt work',
  'untagged-work': 'Untagged work',
  'velocity-drop': 'Velocity drop',
  overcommitment: 'Overcommitment',
  'risk-review-overdue': 'Risk review overdue',
  'analysis-overdue': 'Release analysis overdue',
  'roadmap-slipping': 'Roadmap slipping',
};

/** When each signal is raised, in words a portfolio lead can check the figures against. */
export const SIGNAL_RULES: Record<SignalCode, string> = {
  'no-risk-or-debt': 'The product delivered points in the last 3 months, none of them Risk or Debt work.',
  'untagged-work': 'More than 25 % of the points delivered in the last 3 months have no work category.',
  'velocity-drop': 'Velocity of the last 3 sprints is below 80 % of the 3 sprints before (boards with at least 6 closed sprints).',
  overcommitment: 'Say/do over the last 3 closed sprints is below 70 %.',
  'risk-review-overdue': 'An open high risk has a review date in the past.',
  'analysis-overdue': 'A released version’s impact analysis is due and not done.',
  'roadmap-slipping': 'A roadmap milestone’s target month has passed and it is neither delivered nor missed.',
};

/** The signals that come from the records teams keep in Product Lens, not from Jira's figures. */
export const RECORD_SIGNALS: readonly SignalCode[] = ['risk-review-overdue', 'analysis-overdue', 'roadmap-slipping'];

/** "Velocity drop, Overcommitment"; none is "none". */
export function signalList(codes: readonly SignalCode[]): string {
  return codes.length === 0 ? 'none' : codes.map((code) => SIGNAL_LABELS[code]).join(', ');
}
