import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import { FigureTable } from '../../../common/FigureTable';
import { ErrorState, LoadingState } from '../../../common/states';
import { useResolver } from '../../../common/useResolver';
import { RECORDS_HEAD, recordRow } from './recordRows';

/**
 * Each product's record highlights for the monthly review: open risks by band, milestones at risk or
 * missed, impact analyses past due. Loaded on its own, so the figures above never wait for it.
 */
export default function RecordsSection() {
  const { resource, reload } = useResolver('portfolio/records', {}, "the products' records");
  return (
    <Stack space="space.150">
      <Stack space="space.050">
        <Heading size="small" as="h2">
          Records
        </Heading>
        <Text color="color.text.subtle">Open risks, roadmap milestones and release analyses each product team keeps in Product Lens.</Text>
      </Stack>
      {resource.status === 'loading' && <LoadingState label="Loading the products' records…" />}
      {resource.status === 'failed' && <ErrorState what={resource.what} error={resource.error} onRetry={() => void reload()} />}
      {resource.status === 'ready' && (
        <FigureTable
          title={`Record highlights of ${resource.data.products.length} ${resource.data.products.length === 1 ? 'product' : 'products'}, most high risks first`}
          head={RECORDS_HEAD}
          rows={resource.data.products.map(recordRow)}
          defaultSortKey="risks"
          defaultSortOrder="DESC"
          emptyView={<Text>No product to show.</Text>}
          testId="records-table"
        />
      )}
    </Stack>
  );
}
