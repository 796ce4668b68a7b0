import { token } from '@atlaskit/tokens';
import type { WorkBucket, WorkType, WorkTypeSource } from '../../src/shared/workTypes';
import { BUCKET_LABELS } from './bucketLabels';
import type { Texture } from './charts/chartStyle';

export interface BucketStyle {
  label: string;
  /** What the type means, in one line a product owner can decide with. */
  meaning: string;
  /** The chart fill: Atlassian's chart tokens, so light and dark themes both read well. */
  fill: string;
  /** The lozenge's accent matches the chart colour, so a tag reads the same everywhere. */
  lozenge: 'accent-blue' | 'accent-red' | 'accent-orange' | 'accent-purple' | 'accent-gray';
  /** The cue that does not rely on hue, on every segment and swatch: red Defect and orange Risk differ by pattern too. */
  texture: Texture;
}

/** One look per work bucket across every chart, legend and lozenge of the app. */
export const BUCKET_STYLES: Record<WorkBucket, BucketStyle> = {
  feature: {
    label: BUCKET_LABELS.feature,
    meaning: 'A new function end users see.',
    fill: token('color.chart.blue.bold'),
    lozenge: 'accent-blue',
    texture: 'solid',
  },
  defect: {
    label: BUCKET_LABELS.defect,
    meaning: 'A broken function end users see.',
    fill: token('color.chart.red.bold'),
    lozenge: 'accent-red',
    texture: 'diagonal',
  },
  risk: {
    label: BUCKET_LABELS.risk,
    // The category names work done; the risk register (a separate list) names risks themselves.
    meaning: "Work closing a compliance gap end users don't see: security, accessibility. Not the risk register.",
    fill: token('color.chart.orange.bold'),
    lozenge: 'accent-orange',
    texture: 'dots',
  },
  debt: {
    label: BUCKET_LABELS.debt,
    meaning: "Technical, process or people debt end users don't see.",
    fill: token('color.chart.purple.bold'),
    lozenge: 'accent-purple',
    texture: 'horizontal',
  },
  untagged: {
    label: BUCKET_LABELS.untagged,
    meaning: 'No work category yet: tag its epic to classify it.',
    fill: token('color.chart.gray.bold'),
    lozenge: 'accent-gray',
    texture: 'crosshatch',
  },
};

export function bucketLabel(bucket: WorkBucket): string {
  return BUCKET_STYLES[bucket].label;
}

export function isTagged(bucket: WorkBucket): bucket is WorkType {
  return bucket !== 'untagged';
}

/** How a work category was decided, in words (see ../shared/docs/METRICS.md, "Work category"). */
export const SOURCE_LABELS: Record<WorkTypeSource, string> = {
  property: 'Set in Product Lens',
  label: 'Issue label',
  'issue-type': 'Issue type (Bug)',
  'epic-property': "Epic's Product Lens tag",
  'epic-label': "Epic's label",
  none: 'Not tagged',
};
