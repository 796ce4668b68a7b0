import { useState } from 'react';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { ProductOverview } from '../../../../src/shared/api';
import { WORK_TYPES } from '../../../../src/shared/workTypes';
import { EmptyMessage } from '../../../common/states';
import { ToggleGroup } from '../../../common/ToggleGroup';
import { WithFigures, WORKLOAD_MONTHS } from '../figures';
import { InFlightMix } from './InFlightMix';
import { MEASURE_OPTIONS, totalOf, type Measure } from './measure';
import { WorkloadChart } from './WorkloadChart';
import { WorkloadTable } from './WorkloadTable';

function hasAnyWork(overview: ProductOverview): boolean {
  const delivered = overview.product.workload.months.some((month) => totalOf(month, 'count') > 0);
  return delivered || totalOf(overview.product.inFlight, 'count') > 0;
}

function hasTaggedWork(overview: ProductOverview): boolean {
  const { months } = overview.product.workload;
  return WORK_TYPES.some((type) => overview.product.inFlight[type].count > 0 || months.some((month) => month[type].count > 0));
}

function UntaggedHint() {
  return (
    <SectionMessage appearance="information" title="All of this work is untagged">
      <Text>
        Work gets its type from its epic. Open the Epics tab and tag the untagged epics (or use the Product work category panel on an epic); the chart then
        shows Features, Defects, Risks and Debt.
      </Text>
    </SectionMessage>
  );
}

function Workload({ overview }: { overview: ProductOverview }) {
  const [measure, setMeasure] = useState<Measure>('points');
  if (!hasAnyWork(overview)) {
    return (
      <EmptyMessage
        title="No work to show yet"
        whatToDo={`No standard issue of this project was resolved in the last ${WORKLOAD_MONTHS} months, and none is open. Create and resolve stories, tasks or bugs in this project; their work category comes from their epic.`}
      />
    );
  }
  return (
    <Stack space="space.300">
      {!hasTaggedWork(overview) && <UntaggedHint />}
      <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
        <Heading size="small" as="h2">
          Delivered work by type, last {WORKLOAD_MONTHS} months
        </Heading>
        <ToggleGroup label="Weigh work by" options={MEASURE_OPTIONS} value={measure} onChange={setMeasure} />
      </Inline>
      <WorkloadChart overview={overview} measure={measure} />
      <InFlightMix overview={overview} measure={measure} />
      <WorkloadTable overview={overview} measure={measure} />
    </Stack>
  );
}

/** Workload distribution (METRICS.md): shares per month by work category, in-flight mix, and the table. */
export default function WorkloadSection() {
  return <WithFigures>{(overview) => <Workload overview={overview} />}</WithFigures>;
}
