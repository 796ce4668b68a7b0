import { RISK_BANDS, RISK_STATUSES, RISK_STRATEGIES, type RiskBand, type RiskStatus, type RiskStrategy, type RiskView } from '../../../../src/shared/records';
import type { Option } from '../../../common/recordForm';
import type { Cell } from './HeatMap';
import { BAND_LABELS, STATUS_LABELS, STRATEGY_LABELS } from '../../../common/risks/riskTerms';

/** Where the heat map places a risk: by its inherent likelihood × impact, or its residual one where given. */
export type HeatBasis = 'inherent' | 'residual';

export interface RiskFilter {
  band: RiskBand | 'all';
  strategy: RiskStrategy | 'all';
  status: RiskStatus | 'all';
  /** The heat map cell pressed, if any. */
  cell: Cell | null;
  basis: HeatBasis;
}

/** Open risks only: a closed risk needs no attention, and counting it would overstate the exposure. */
export const DEFAULT_FILTER: RiskFilter = { band: 'all', strategy: 'all', status: 'open', cell: null, basis: 'inherent' };

/** The risk's cell on the heat map; on the residual map a risk without a residual assessment stays where it is. */
export function positionOf(risk: RiskView, basis: HeatBasis): Cell {
  if (basis === 'residual' && risk.residualLikelihood !== undefined && risk.residualImpact !== undefined)
    return { likelihood: risk.residualLikelihood, impact: risk.residualImpact };
  return { likelihood: risk.likelihood, impact: risk.impact };
}

const withAll = <V extends string>(all: string, values: readonly V[], labels: Record<V, string>): Option<V | 'all'>[] => [
  { value: 'all', label: all },
  ...values.map((value) => ({ value, label: labels[value] })),
];
export const BAND_OPTIONS = withAll('All bands', RISK_BANDS, BAND_LABELS);
export const STRATEGY_OPTIONS = withAll('All strategies', RISK_STRATEGIES, STRATEGY_LABELS);
export const STATUS_OPTIONS = withAll('Open and closed', RISK_STATUSES, STATUS_LABELS);

/** The risks the band, strategy and status filters keep: what the heat map counts. */
export function byAttributes(risks: readonly RiskView[], filter: RiskFilter): RiskView[] {
  return risks.filter(
    (risk) =>
      (filter.band === 'all' || risk.band === filter.band) &&
      (filter.strategy === 'all' || risk.strategy === filter.strategy) &&
      (filter.status === 'all' || risk.status === filter.status),
  );
}

/** The risks the table lists: the heat map's, narrowed to the pressed cell of the map shown. */
export function byCell(risks: readonly RiskView[], cell: Cell | null, basis: HeatBasis): RiskView[] {
  if (cell === null) return [...risks];
  return risks.filter((risk) => {
    const position = positionOf(risk, basis);
    return position.likelihood === cell.likelihood && position.impact === cell.impact;
  });
}
