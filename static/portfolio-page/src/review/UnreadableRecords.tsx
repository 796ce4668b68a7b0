import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { PortfolioSnapshotOverview } from '../../../../src/shared/api';
import { isReadyRow } from './reviewRows';

/**
 * Products whose records (risks, roadmap, analyses) could not be read: their Jira figures still show,
 * their record columns say so, and this says why, so nobody reads "0 risks" where nothing was read.
 */
export function UnreadableRecords({ overview }: { overview: PortfolioSnapshotOverview }) {
  const unreadable = overview.products.filter(isReadyRow).filter((row) => row.recordsUnreadable !== undefined);
  if (unreadable.length === 0) return null;
  return (
    <SectionMessage appearance="warning" title="Some products' records could not be read" testId="unreadable-records">
      <Stack space="space.050">
        <Text>Their risks, roadmap and analyses are left out of the figures and totals below; their Jira figures are shown. Tell whoever runs the app:</Text>
        {unreadable.map((row) => (
          <Text key={row.projectKey} size="small">{`${row.projectName} (${row.projectKey}): ${row.recordsUnreadable ?? ''}`}</Text>
        ))}
      </Stack>
    </SectionMessage>
  );
}
