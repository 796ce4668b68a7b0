/**
 * How each delivery figure is made (docs/METRICS.md, Delivery metrics). Jira does not see deployments,
 * so these are proxies of the DORA keys, and every place that shows them says so and says how.
 */
export const PROXY_TITLE = 'Delivery figures are Jira-based proxies of the DORA keys';
export const PROXY_INTRO =
  'Jira does not see deployments, so each figure is made from released Jira versions and the issues fixed in them, over the last 12 months.';

export const PROXY_HOW = {
  releaseFrequency: 'Proxy of deployment frequency: released Jira versions by release date, per month.',
  leadTime: "Median whole days from an issue's resolution to the release of its fix version.",
  changeFailure: 'Share of releases followed by a new Defect within 14 days of the release date.',
  restore: 'Median days those Defects took from created to resolved.',
} as const;
