import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { WORK_TYPES } from '../../../../src/shared/workTypes';
import { monthToDate } from '../../../common/format';
import { EmptyMessage } from '../../../common/states';
import { WithFigures, WORKLOAD_MONTHS, type ProductFigureData } from '../figures';
import { InFlightMix } from './InFlightMix';
import { isMeasure, isScale, totalOf } from './measure';
import { useKeptChoice } from './useKeptChoice';
import { WorkloadChart, type WorkloadView } from './WorkloadChart';
import { WorkloadTable } from './WorkloadTable';
import { WorkloadToolbar } from './WorkloadToolbar';

function hasAnyWork(overview: ProductFigureData): boolean {
  const delivered = overview.product.workload.months.some((month) => totalOf(month, 'count') > 0);
  return delivered || totalOf(overview.product.inFlight, 'count') > 0;
}

function hasTaggedWork(overview: ProductFigureData): boolean {
  const { months } = overview.product.workload;
  return WORK_TYPES.some((type) => overview.product.inFlight[type].count > 0 || months.some((month) => month[type].count > 0));
}

function UntaggedHint() {
  return (
    <SectionMessage appearance="information" title="All of this work is untagged">
      <Text>
        Work gets its work category from its epic. Open the Epics tab and tag the untagged epics (or use the Product work category panel on an epic); the chart
        then shows Features, Defects, Risks and Debt.
      </Text>
    </SectionMessage>
  );
}

function Workload({ overview }: { overview: ProductFigureData }) {
  const [measure, setMeasure] = useKeptChoice('workload-measure', 'points', isMeasure);
  const [scale, setScale] = useKeptChoice('workload-scale', 'share', isScale);
  if (!hasAnyWork(overview)) {
    return (
      <EmptyMessage
        title="No work to show yet"
        whatToDo={`No standard issue of this project was resolved in the last ${WORKLOAD_MONTHS} months, and none is open. Create and resolve stories, tasks or bugs in this project; their work category comes from their epic.`}
      />
    );
  }
  // The snapshot's own instant, not the viewer's clock: figures taken on 30 Nov still end on 30 Nov.
  const months = overview.product.workload.months.map((month) => month.month);
  const view: WorkloadView = { measure, scale, monthToDate: monthToDate(months, overview.asOf, overview.site.timeZone), asOf: overview.asOf };
  return (
    <Stack space="space.300">
      {!hasTaggedWork(overview) && <UntaggedHint />}
      <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
        <Heading size="small" as="h2">
          Delivered work by work category, last {WORKLOAD_MONTHS} months
        </Heading>
        <WorkloadToolbar measure={measure} scale={scale} onMeasure={setMeasure} onScale={setScale} />
      </Inline>
      <WorkloadChart overview={overview} view={view} />
      <InFlightMix overview={overview} measure={measure} />
      <WorkloadTable overview={overview} measure={measure} monthToDate={view.monthToDate} />
    </Stack>
  );
}

/** Workload distribution (METRICS.md): shares per month by work category, in-flight mix, and the table. */
export default function WorkloadSection() {
  return <WithFigures>{(overview) => <Workload overview={overview} />}</WithFigures>;
}
