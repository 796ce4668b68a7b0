import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { PortfolioOverviewRow } from '../../../../src/shared/api';
import type { SignalCode } from '../../../../src/shared/figures';
import { formatMonthName, formatPoints, formatRatio } from '../../../common/format';
import { SIGNAL_LABELS } from '../../../common/signalTerms';
import { SortableTable, type TableColumn } from '../../../common/SortableTable';
import { usePortfolio } from '../portfolioContext';
import { ProductCell } from '../review/ProductCell';
import { isReadyRow } from '../review/reviewRows';
import { isQuarterToDate } from '../review/reviewTitle';
import { changed, sinceLastMonth, thenWords, type Comparison, type SinceLastMonth } from '../review/sinceLastMonth';

const points = (value: number | null) => (value === null ? 'none' : `${formatPoints(value)} pts`);

function Beside({ comparison, month, format }: { comparison: Comparison; month: string; format: (value: number | null) => string }) {
  return (
    <Stack space="space.025">
      <Text weight={changed(comparison) ? 'semibold' : 'regular'}>{format(comparison.now)}</Text>
      <Text size="small" color="color.text.subtle">
        {thenWords(comparison.then, month, format)}
      </Text>
    </Stack>
  );
}

function Codes({ codes, appearance, none }: { codes: readonly SignalCode[]; appearance: 'moved' | 'success'; none: string }) {
  if (codes.length === 0) return <Text color="color.text.subtle">{none}</Text>;
  return (
    <Inline space="space.050" shouldWrap>
      {codes.map((code) => (
        <Lozenge key={code} appearance={appearance}>
          {SIGNAL_LABELS[code]}
        </Lozenge>
      ))}
    </Inline>
  );
}

type Row = { row: PortfolioOverviewRow; since: SinceLastMonth | null };
const NO_MONTH = <Text color="color.text.subtle">No month has closed since its first snapshot</Text>;
const MISSING = <Text color="color.text.subtle">—</Text>;

function columns(onOpen: (projectKey: string) => void, quarterToDate: boolean): TableColumn<Row>[] {
  const figure = (label: string, of: (since: SinceLastMonth) => Comparison, format: (value: number | null) => string, first = false): TableColumn<Row> => ({
    key: label,
    label,
    align: 'end',
    cell: ({ since }) => (since ? <Beside comparison={of(since)} month={since.month} format={format} /> : first ? NO_MONTH : MISSING),
  });
  return [
    {
      key: 'product',
      label: 'Product',
      cell: ({ row }) => <ProductCell projectKey={row.projectKey} projectName={row.projectName} onOpen={onOpen} testIdPrefix="changes-open" />,
    },
    figure(quarterToDate ? 'Delivered this quarter to date' : 'Delivered this quarter', (since) => since.quarterPoints, points, true),
    figure('Velocity', (since) => since.velocity, points),
    figure('Say/do', (since) => since.sayDo, formatRatio),
    {
      key: 'appeared',
      label: 'Signals that appeared',
      cell: ({ since }) => (since ? <Codes codes={since.appeared} appearance="moved" none="None" /> : MISSING),
    },
    {
      key: 'cleared',
      label: 'Signals that cleared',
      cell: ({ since }) => (since ? <Codes codes={since.cleared} appearance="success" none="None" /> : MISSING),
    },
  ];
}

function introWords(rows: readonly Row[]): string {
  const month = rows.find((entry) => entry.since !== null)?.since?.month;
  if (month === undefined)
    return 'No month has closed since Product Lens first read these products; from the next month on, each figure shows here beside its value at the close of the month before.';
  return `Each product's figures now beside its figures at the close of ${formatMonthName(month)}, and the signals that appeared or cleared since.`;
}

/** What changed since last month: this month's figures beside last month's closing ones, and the signals that moved. */
export default function ChangesSection() {
  const { overview, rows, openProduct } = usePortfolio();
  const entries: Row[] = rows.filter(isReadyRow).map((row) => ({ row, since: sinceLastMonth(row) }));
  return (
    <Stack space="space.150" testId="changes">
      <Stack space="space.050">
        <Heading size="small" as="h2">
          What changed since last month
        </Heading>
        <Text color="color.text.subtle">{introWords(entries)}</Text>
      </Stack>
      {entries.some((entry) => entry.since !== null) && (
        <SortableTable<Row>
          label="What changed since last month"
          columns={columns(openProduct, isQuarterToDate(overview))}
          rows={entries}
          rowKey={({ row }) => row.projectKey}
          rowTestId={({ row }) => `changes-row-${row.projectKey}`}
          testId="changes-table"
        />
      )}
    </Stack>
  );
}
