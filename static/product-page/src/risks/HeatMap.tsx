import { Box, Grid, Pressable, Stack, Text, xcss } from '@atlaskit/primitives';
import { riskBand, riskSeverity, type RiskBand, type RiskView } from '../../../../src/shared/records';
import { BAND_LABELS, IMPACT_NAMES, LIKELIHOOD_NAMES, SCALE } from '../../../common/risks/riskTerms';
import { positionOf, type HeatBasis } from './riskFilter';

export interface Cell {
  likelihood: number;
  impact: number;
}

const BAND_CELLS: Record<RiskBand, ReturnType<typeof xcss>> = {
  low: xcss({ backgroundColor: 'color.background.accent.green.subtler', ':hover': { backgroundColor: 'color.background.accent.green.subtler.hovered' } }),
  medium: xcss({ backgroundColor: 'color.background.accent.yellow.subtler', ':hover': { backgroundColor: 'color.background.accent.yellow.subtler.hovered' } }),
  high: xcss({ backgroundColor: 'color.background.accent.red.subtler', ':hover': { backgroundColor: 'color.background.accent.red.subtler.hovered' } }),
};
const cellStyles = xcss({
  minHeight: '3rem',
  borderRadius: 'radius.small',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  color: 'color.text',
});
const selectedStyles = xcss({ borderColor: 'color.border.selected', boxShadow: 'elevation.shadow.raised' });
const gridStyles = xcss({ maxWidth: '36rem' });
const axisStyles = xcss({ alignSelf: 'center' });

function describeCell({ likelihood, impact }: Cell, count: number): string {
  const severity = riskSeverity(likelihood, impact);
  const risks = count === 1 ? '1 risk' : `${count} risks`;
  return `Likelihood ${likelihood} (${LIKELIHOOD_NAMES[likelihood] ?? ''}) × impact ${impact} (${IMPACT_NAMES[impact] ?? ''}): severity ${severity}, ${BAND_LABELS[riskBand(severity)].toLowerCase()}; ${risks}`;
}

function HeatCell({ cell, count, selected, onToggle }: { cell: Cell; count: number; selected: boolean; onToggle: () => void }) {
  const band = riskBand(riskSeverity(cell.likelihood, cell.impact));
  const label = describeCell(cell, count);
  return (
    <Pressable
      xcss={[cellStyles, BAND_CELLS[band], selected && selectedStyles]}
      aria-label={label}
      aria-pressed={selected}
      onClick={onToggle}
      testId={`heat-cell-${cell.likelihood}-${cell.impact}`}
    >
      {/* An empty cell stays blank so the risks stand out; its label still says "0 risks". */}
      {count > 0 && <Text weight="bold">{count}</Text>}
    </Pressable>
  );
}

function countsOf(risks: readonly RiskView[], basis: HeatBasis): Map<string, number> {
  const counts = new Map<string, number>();
  for (const risk of risks) {
    const { likelihood, impact } = positionOf(risk, basis);
    counts.set(`${likelihood}-${impact}`, (counts.get(`${likelihood}-${impact}`) ?? 0) + 1);
  }
  return counts;
}

/**
 * The 5×5 likelihood × impact grid, likelihood rising upwards: each cell counts the risks in it and,
 * pressed (click, Enter or Space), filters the table to them; pressed again, clears the filter. On the
 * residual map a risk sits at its residual likelihood × impact where assessed.
 */
export function HeatMap({
  risks,
  basis,
  selected,
  onSelect,
}: {
  risks: readonly RiskView[];
  basis: HeatBasis;
  selected: Cell | null;
  onSelect: (cell: Cell | null) => void;
}) {
  const counts = countsOf(risks, basis);
  const rows = [...SCALE].reverse();
  return (
    <Stack space="space.100">
      <Grid
        templateColumns="7rem repeat(5, minmax(3rem, 1fr))"
        gap="space.050"
        xcss={gridStyles}
        role="group"
        aria-label={`${basis === 'residual' ? 'Residual' : 'Inherent'} risk heat map: likelihood by impact`}
      >
        {rows.map((likelihood) => (
          <HeatRow key={likelihood} likelihood={likelihood} counts={counts} selected={selected} onSelect={onSelect} />
        ))}
        <Box />
        {SCALE.map((impact) => (
          <Text key={impact} size="small" color="color.text.subtle" align="center">
            {`${impact} ${IMPACT_NAMES[impact] ?? ''}`}
          </Text>
        ))}
      </Grid>
      <Text size="small" color="color.text.subtle">
        Rows: likelihood · columns: impact. Select a cell to list its risks; select it again to show all.
      </Text>
    </Stack>
  );
}

function HeatRow({
  likelihood,
  counts,
  selected,
  onSelect,
}: {
  likelihood: number;
  counts: Map<string, number>;
  selected: Cell | null;
  onSelect: (cell: Cell | null) => void;
}) {
  return (
    <>
      <Box xcss={axisStyles}>
        <Text size="small" color="color.text.subtle">{`${likelihood} ${LIKELIHOOD_NAMES[likelihood] ?? ''}`}</Text>
      </Box>
      {SCALE.map((impact) => {
        const isSelected = selected?.likelihood === likelihood && selected.impact === impact;
        return (
          <HeatCell
            key={impact}
            cell={{ likelihood, impact }}
            count={counts.get(`${likelihood}-${impact}`) ?? 0}
            selected={isSelected}
            onToggle={() => onSelect(isSelected ? null : { likelihood, impact })}
          />
        );
      })}
    </>
  );
}
