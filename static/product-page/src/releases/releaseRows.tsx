import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Stack, Text } from '@atlaskit/primitives';
import type { ReleaseRow } from '../../../../src/shared/records';
import { WORK_BUCKETS } from '../../../../src/shared/workTypes';
import { MiniShareBar, type MiniShare } from '../../../common/charts/MiniShareBar';
import { formatDate } from '../../../common/format';
import { BUCKET_STYLES } from '../../../common/workTypeStyle';
import { shippedText, STATUS_LOZENGES, VERDICT_LABELS, VERDICT_LOZENGES } from './releaseTerms';

const CELLS = [
  { key: 'release', content: 'Release' },
  { key: 'date', content: 'Released on', isSortable: true },
  { key: 'status', content: 'Impact analysis', isSortable: true },
  { key: 'verdict', content: 'Verdict' },
  { key: 'shipped', content: 'What shipped, by work category (issues)' },
];

export function releaseHead(withActions: boolean) {
  return { cells: withActions ? [...CELLS, { key: 'actions', content: 'Actions' }] : CELLS };
}

function sharesOf(release: ReleaseRow): MiniShare[] | null {
  const total = WORK_BUCKETS.reduce((sum, bucket) => sum + release.shipped[bucket].count, 0);
  if (total === 0) return null;
  return WORK_BUCKETS.map((bucket) => ({
    key: bucket,
    fill: BUCKET_STYLES[bucket].fill,
    texture: BUCKET_STYLES[bucket].texture,
    share: release.shipped[bucket].count / total,
    label: BUCKET_STYLES[bucket].label,
  }));
}

function AnalysisStatus({ release }: { release: ReleaseRow }) {
  const status = STATUS_LOZENGES[release.analysisStatus];
  const when = release.analysisStatus === 'done' ? release.analysis?.analysisDate : release.dueDate;
  return (
    <Stack space="space.050" alignInline="start">
      <Lozenge appearance={status.appearance} testId={`analysis-status-${release.versionId}`}>
        {status.label}
      </Lozenge>
      {when && <Text size="small" color="color.text.subtle">{`${release.analysisStatus === 'done' ? 'on' : 'due'} ${formatDate(when)}`}</Text>}
    </Stack>
  );
}

const STATUS_ORDER = { due: 0, 'not-due': 1, done: 2 };

/** One row per released version; `onAnalyse` is null for readers who may not write analyses. */
export function releaseRow(release: ReleaseRow, onAnalyse: ((release: ReleaseRow) => void) | null) {
  const text = shippedText(release);
  const cells = [
    { key: 'release', content: <Text weight="medium">{release.name}</Text> },
    { key: release.releaseDate ?? '', content: release.releaseDate ? formatDate(release.releaseDate) : '—' },
    { key: STATUS_ORDER[release.analysisStatus], content: <AnalysisStatus release={release} /> },
    {
      key: 'verdict',
      content: release.analysis ? <Lozenge appearance={VERDICT_LOZENGES[release.analysis.verdict]}>{VERDICT_LABELS[release.analysis.verdict]}</Lozenge> : '—',
    },
    {
      key: 'shipped',
      content: (
        <Stack space="space.050">
          <MiniShareBar shares={sharesOf(release)} description={text} />
          <Text size="small">{text}</Text>
        </Stack>
      ),
    },
  ];
  const action = onAnalyse && (
    <Button
      spacing="compact"
      onClick={() => onAnalyse(release)}
      aria-label={`${release.analysis ? 'Edit analysis' : 'Write analysis'} of ${release.name}`}
      testId={`analyse-${release.versionId}`}
    >
      {release.analysis ? 'Edit analysis' : 'Write analysis'}
    </Button>
  );
  return { key: release.versionId, cells: action ? [...cells, { key: 'actions', content: action }] : cells };
}
