import type { WorkBucket } from '../../src/shared/workTypes';

/** How each work bucket is named, without its styles: for text exports and pure modules. */
export const BUCKET_LABELS: Record<WorkBucket, string> = {
  feature: 'Feature',
  defect: 'Defect',
  risk: 'Risk',
  debt: 'Debt',
  untagged: 'Untagged',
};
