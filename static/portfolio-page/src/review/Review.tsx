import { Stack } from '@atlaskit/primitives';
import type { PortfolioSnapshotOverview } from '../../../../src/shared/api';
import { LazySections } from '../../../common/LazySections';
import { ActionError } from '../../../common/states';
import { PortfolioContext } from '../portfolioContext';
import { PORTFOLIO_SECTIONS } from '../sections';
import { Exceptions } from './Exceptions';
import { EXCEPTIONS_FIRST, shownRows, sortRows } from './sortRows';
import { TableSection } from './TableSection';
import { useOpenProduct } from './useOpenProduct';
import { useReviewView } from './useReviewView';

/** The review once the figures are in: exceptions first, every product's figures, then the sections under them. */
export function Review({ overview, printing }: { overview: PortfolioSnapshotOverview; printing: boolean }) {
  const view = useReviewView();
  const { open, navigationError, dismiss } = useOpenProduct();
  const rows = shownRows(overview.products, view.onlyExceptions, view.sort, view.bucket);
  return (
    <Stack space="space.400">
      {navigationError && <ActionError action="open the product" error={navigationError} onDismiss={dismiss} />}
      <Exceptions rows={sortRows(overview.products, EXCEPTIONS_FIRST, 'all')} onOpen={open} />
      <TableSection overview={overview} rows={rows} view={view} printing={printing} onOpen={open} />
      <PortfolioContext.Provider value={{ overview, rows, onlyExceptions: view.onlyExceptions, openProduct: open }}>
        <LazySections sections={PORTFOLIO_SECTIONS} />
      </PortfolioContext.Provider>
    </Stack>
  );
}
