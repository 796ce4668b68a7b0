import { VERDICTS, type AnalysisStatus, type ReleaseRow, type Verdict } from '../../../../src/shared/records';
import { WORK_BUCKETS } from '../../../../src/shared/workTypes';
import { toCsv } from '../../../common/csv';
import { formatPointsText } from '../../../common/format';
import { optionsOf } from '../../../common/recordForm';
import { BUCKET_STYLES } from '../../../common/workTypeStyle';

export const VERDICT_LABELS: Record<Verdict, string> = {
  achieved: 'Achieved',
  'partly-achieved': 'Partly achieved',
  'not-achieved': 'Not achieved',
  inconclusive: 'Inconclusive',
};
export const VERDICT_LOZENGES: Record<Verdict, 'success' | 'moved' | 'removed' | 'default'> = {
  achieved: 'success',
  'partly-achieved': 'moved',
  'not-achieved': 'removed',
  inconclusive: 'default',
};
export const VERDICT_CHOICES = optionsOf(VERDICTS, VERDICT_LABELS);

export const STATUS_LOZENGES: Record<AnalysisStatus, { label: string; appearance: 'success' | 'removed' | 'default' }> = {
  done: { label: 'Analysed', appearance: 'success' },
  due: { label: 'Analysis due', appearance: 'removed' },
  'not-due': { label: 'Not due yet', appearance: 'default' },
};

/** "Feature 2 (5 points) · Defect 10 (1 point)": the buckets with work, in the app's bucket order. */
export function shippedText(release: ReleaseRow): string {
  const parts = WORK_BUCKETS.filter((bucket) => release.shipped[bucket].count > 0).map(
    (bucket) => `${BUCKET_STYLES[bucket].label} ${release.shipped[bucket].count} (${formatPointsText(release.shipped[bucket].points)})`,
  );
  return parts.length > 0 ? parts.join(' · ') : 'No issues with this fix version';
}

const HEADER = [
  'Release',
  'Release date',
  'Analysis status',
  'Due date',
  'Analysis date',
  'Verdict',
  'Expected outcomes',
  'Analysis',
  'Links',
  'Shipped, by work category',
];

/** The release analyses as a spreadsheet: one row per released version, analysed or not. */
export function releaseAnalysesCsv(releases: readonly ReleaseRow[]): string {
  return toCsv(
    HEADER,
    releases.map((release) => [
      release.name,
      release.releaseDate,
      STATUS_LOZENGES[release.analysisStatus].label,
      release.dueDate,
      release.analysis?.analysisDate,
      release.analysis ? VERDICT_LABELS[release.analysis.verdict] : '',
      release.analysis?.expectedOutcomes,
      release.analysis?.analysis,
      release.analysis?.links.join(' '),
      shippedText(release),
    ]),
  );
}
