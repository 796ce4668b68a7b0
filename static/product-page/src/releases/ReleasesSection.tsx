import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { RecordApi, ReleaseRow } from '../../../../src/shared/records';
import { ExportButton } from '../../../common/ExportButton';
import { FigureTable } from '../../../common/FigureTable';
import { EmptyMessage, ErrorState, LoadingState } from '../../../common/states';
import { useResolver } from '../../../common/useResolver';
import { useDialog } from '../../../common/dialogs/useDialog';
import { releaseHead, releaseRow } from './releaseRows';
import { releaseAnalysesCsv } from './releaseTerms';

type Releases = RecordApi['releases/list']['data'];

function Summary({ released, dueDays }: { released: ReleaseRow[]; dueDays: number }) {
  const due = released.filter((release) => release.analysisStatus === 'due').length;
  return (
    <Text color="color.text.subtle" testId="releases-summary">
      {`${released.length} released ${released.length === 1 ? 'version' : 'versions'}; ${due === 0 ? 'no analysis due' : `${due} ${due === 1 ? 'analysis' : 'analyses'} due`}. An analysis falls due ${dueDays} days after the release.`}
    </Text>
  );
}

function ReleaseList({ releases, reload }: { releases: Releases; reload: () => Promise<void> }) {
  const { open, openFailure } = useDialog(() => void reload());
  const analyse = (release: ReleaseRow) => open({ dialog: 'analysis-form', release }, `Impact analysis of ${release.name}`);
  const released = releases.items.filter((release) => release.released);
  return (
    <Stack space="space.200">
      <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
        <Heading size="small" as="h2">
          Releases and their impact
        </Heading>
        {released.length > 0 && <ExportButton fileName="release-analyses.csv" label="Export CSV" csv={() => releaseAnalysesCsv(released)} />}
      </Inline>
      {openFailure}
      {released.length === 0 ? (
        <EmptyMessage
          title="No released version yet"
          whatToDo="Impact analyses are written for released Jira versions. Release a version of this project (Releases → Release), then analyse whether it achieved what it was for."
        />
      ) : (
        <>
          <Summary released={released} dueDays={releases.analysisDueDays} />
          <FigureTable
            title="Released versions, newest first"
            head={releaseHead(releases.canEdit)}
            rows={released.map((release) => releaseRow(release, releases.canEdit ? analyse : null))}
            rowsPerPage={20}
            testId="releases-table"
          />
        </>
      )}
    </Stack>
  );
}

/** Released versions with their impact analysis status, what shipped in each, and the analysis form. */
export default function ReleasesSection() {
  const { resource, reload } = useResolver('releases/list', {}, "this product's releases");
  if (resource.status === 'loading') return <LoadingState label="Loading releases…" />;
  if (resource.status === 'failed') return <ErrorState what={resource.what} error={resource.error} onRetry={() => void reload()} />;
  return <ReleaseList releases={resource.data} reload={reload} />;
}
