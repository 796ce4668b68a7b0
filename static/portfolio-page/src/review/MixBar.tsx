import type { WorkloadShares } from '../../../../src/shared/figures';
import { WORK_BUCKETS } from '../../../../src/shared/workTypes';
import { MiniShareBar } from '../../../common/charts/MiniShareBar';
import { formatShare } from '../../../common/format';
import { BUCKET_STYLES } from '../../../common/workTypeStyle';

/** "Feature 40%, …", the words behind a mix bar. */
export function describeMix(shares: WorkloadShares): string {
  if (shares === null) return 'No delivered work this quarter';
  return WORK_BUCKETS.map((bucket) => `${BUCKET_STYLES[bucket].label} ${formatShare(shares[bucket])}`).join(', ');
}

export function MixBar({ shares, width }: { shares: WorkloadShares; width?: number }) {
  const segments =
    shares === null
      ? null
      : WORK_BUCKETS.filter((b) => shares[b] > 0).map((b) => ({
          key: b,
          fill: BUCKET_STYLES[b].fill,
          texture: BUCKET_STYLES[b].texture,
          share: shares[b],
          label: BUCKET_STYLES[b].label,
        }));
  return <MiniShareBar shares={segments} description={describeMix(shares)} width={width} />;
}
