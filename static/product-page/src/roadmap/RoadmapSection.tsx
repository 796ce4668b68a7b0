import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { fiscalYearLabel, type RecordApi, type RoadmapItemView } from '../../../../src/shared/records';
import { useDialog } from '../../../common/dialogs/useDialog';
import { ExportButton } from '../../../common/ExportButton';
import { ErrorState, LoadingState } from '../../../common/states';
import { useResolver } from '../../../common/useResolver';
import { MonthGrid } from './MonthGrid';
import { currentMonth, defaultTargetMonth } from '../../../common/roadmapStatus';
import { formatCount } from '../../../common/format';
import { roadmapCsv } from './roadmapTerms';

type Roadmap = RecordApi['roadmap/list']['data'];

/** Printing shows the roadmap alone: the page's "product figures" heading, the tabs and every button are left out. */
const PRINT_CSS = '@media print { .product-heading, [role="tablist"], .roadmap-no-print, button { display: none !important; } }';

/** While printing, the document's title (the browser's print header and PDF name) names the roadmap. */
function usePrintTitle(title: string): void {
  useEffect(() => {
    let before = document.title;
    const print = () => {
      before = document.title;
      document.title = title;
    };
    const restore = () => {
      document.title = before;
    };
    window.addEventListener('beforeprint', print);
    window.addEventListener('afterprint', restore);
    return () => {
      window.removeEventListener('beforeprint', print);
      window.removeEventListener('afterprint', restore);
    };
  }, [title]);
}

function Toolbar({ roadmap, year, onYear, onAdd }: { roadmap: Roadmap; year: number; onYear: (year: number) => void; onAdd: () => void }) {
  return (
    <div className="roadmap-no-print">
      <Inline space="space.100" shouldWrap alignBlock="center">
        <Button onClick={() => onYear(year - 1)}>{`← ${fiscalYearLabel(year - 1, roadmap.fiscalYearStartMonth)}`}</Button>
        <Button onClick={() => onYear(year + 1)}>{`${fiscalYearLabel(year + 1, roadmap.fiscalYearStartMonth)} →`}</Button>
        <Button onClick={() => window.print()}>Print</Button>
        {roadmap.items.length > 0 && <ExportButton fileName={`roadmap-${year}.csv`} label="Export CSV" csv={() => roadmapCsv(roadmap.items)} />}
        {roadmap.canEdit && (
          <Button appearance="primary" onClick={onAdd} testId="add-milestone">
            Add milestone
          </Button>
        )}
      </Inline>
    </div>
  );
}

function RoadmapView({ roadmap, onYear, reload }: { roadmap: Roadmap; onYear: (year: number) => void; reload: () => Promise<void> }) {
  const { open, openFailure } = useDialog(() => void reload());
  const year = roadmap.fiscalYear ?? Number(roadmap.months[0]?.slice(0, 4));
  const now = currentMonth();
  const title = `Roadmap ${fiscalYearLabel(year, roadmap.fiscalYearStartMonth)}`;
  usePrintTitle(title);
  const edit = (item: RoadmapItemView | null) =>
    open({ dialog: 'milestone-form', item, month: defaultTargetMonth(roadmap.months, now) }, item ? 'Edit milestone' : 'Add a milestone');
  const actions = roadmap.canEdit
    ? {
        onEdit: edit,
        onDelete: (item: RoadmapItemView) =>
          open({ dialog: 'delete', record: 'milestone', id: item.id, version: item.version, name: item.title }, 'Delete this milestone?'),
      }
    : null;
  return (
    <Stack space="space.200">
      <style>{PRINT_CSS}</style>
      <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
        <Heading size="small" as="h2">
          {title}
        </Heading>
        <Toolbar roadmap={roadmap} year={year} onYear={onYear} onAdd={() => edit(null)} />
      </Inline>
      {openFailure}
      <Text color="color.text.subtle">
        {roadmap.items.length === 0
          ? `No milestone in this fiscal year yet. ${roadmap.canEdit ? 'Add one with the business outcome it should achieve and its target month; link its epics to see its progress.' : 'People who can edit issues in this project can add milestones.'}`
          : `${formatCount(roadmap.items.length, 'milestone', 'milestones')}. Progress is the linked epics' done points over all their points.`}
      </Text>
      <MonthGrid months={roadmap.months} items={roadmap.items} actions={actions} now={now} />
    </Stack>
  );
}

/** The roadmap as an executive view: one fiscal year by month, each milestone with its outcome and progress. */
export default function RoadmapSection() {
  const [fiscalYear, setFiscalYear] = useState<number | undefined>(undefined);
  const { resource, reload } = useResolver('roadmap/list', fiscalYear === undefined ? {} : { fiscalYear }, "this product's roadmap");
  if (resource.status === 'loading') return <LoadingState label="Loading the roadmap…" />;
  if (resource.status === 'failed') return <ErrorState what={resource.what} error={resource.error} onRetry={() => void reload()} />;
  return <RoadmapView roadmap={resource.data} onYear={setFiscalYear} reload={reload} />;
}
