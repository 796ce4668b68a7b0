import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { PortfolioRecordRow } from '../../../../src/shared/api';
import { RISK_BANDS } from '../../../../src/shared/records';
import { BAND_LABELS, BAND_LOZENGES } from '../../../common/risks/riskTerms';

export const RECORDS_HEAD = {
  cells: [
    { key: 'product', content: 'Product', isSortable: true },
    { key: 'risks', content: 'Open risks by band', isSortable: true },
    { key: 'milestones', content: 'Milestones at risk or missed', isSortable: true },
    { key: 'roadmap', content: 'Roadmap' },
    { key: 'analyses', content: 'Analyses due', isSortable: true },
  ],
};

function OpenRisks({ row }: { row: PortfolioRecordRow }) {
  const bands = [...RISK_BANDS].reverse().filter((band) => row.openRisks[band] > 0);
  if (bands.length === 0) return <Text color="color.text.subtle">None open</Text>;
  return (
    <Inline space="space.050" shouldWrap testId={`records-risks-${row.project}`}>
      {bands.map((band) => (
        <Lozenge key={band} appearance={BAND_LOZENGES[band]} isBold={band === 'high'}>
          {`${row.openRisks[band]} ${BAND_LABELS[band]}`}
        </Lozenge>
      ))}
    </Inline>
  );
}

function Milestones({ row }: { row: PortfolioRecordRow }) {
  const { atRisk, missed } = row.roadmap;
  if (atRisk === 0 && missed === 0) return <Text color="color.text.subtle">{row.roadmap.total === 0 ? '—' : 'None'}</Text>;
  return (
    <Inline space="space.050" shouldWrap>
      {atRisk > 0 && <Lozenge appearance="moved">{`${atRisk} at risk`}</Lozenge>}
      {missed > 0 && <Lozenge appearance="removed">{`${missed} missed`}</Lozenge>}
    </Inline>
  );
}

function AnalysesDue({ due }: { due: number }) {
  if (due === 0) return <Text color="color.text.subtle">None due</Text>;
  return <Lozenge appearance="removed">{`${due} due`}</Lozenge>;
}

/** Sorting by risk puts the most high risks first, then medium, then low. */
function riskWeight(row: PortfolioRecordRow): number {
  return row.openRisks.high * 10_000 + row.openRisks.medium * 100 + row.openRisks.low;
}

/** One product per row: what the monthly review should look at first. Sortable cells carry their value as `key`. */
export function recordRow(row: PortfolioRecordRow) {
  const { total, delivered } = row.roadmap;
  return {
    key: row.project,
    testId: `records-row-${row.project}`,
    cells: [
      {
        key: row.projectName,
        content: (
          <Stack space="space.025">
            <Text weight="medium">{row.projectName}</Text>
            <Text size="small" color="color.text.subtle">
              {row.project}
            </Text>
          </Stack>
        ),
      },
      { key: riskWeight(row), content: <OpenRisks row={row} /> },
      { key: row.roadmap.missed * 1000 + row.roadmap.atRisk, content: <Milestones row={row} /> },
      { key: 'roadmap', content: total === 0 ? <Text color="color.text.subtle">No milestones</Text> : `${delivered} of ${total} delivered` },
      { key: row.analysesDue, content: <AnalysesDue due={row.analysesDue} /> },
    ],
  };
}
