import { emptyColumnStyle, fillStyle } from './chartStyle';

export interface MiniShare {
  key: string;
  fill: string;
  share: number;
  label: string;
}

const HEIGHT = 14;

/**
 * A small horizontal 100 % bar for a table cell. `description` (e.g. "Feature 40%, Defect 10%, …") is
 * its accessible name and tooltip, since the bar alone cannot be read by everyone.
 */
export function MiniShareBar({ shares, description, width = 160 }: { shares: MiniShare[] | null; description: string; width?: number }) {
  let left = 0;
  return (
    <svg
      role="img"
      aria-label={description}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      width="100%"
      height={HEIGHT}
      preserveAspectRatio="none"
      style={{ maxWidth: width }}
    >
      <title>{description}</title>
      {shares === null ? (
        <rect x={0.5} y={0.5} width={width - 1} height={HEIGHT - 1} style={emptyColumnStyle} />
      ) : (
        shares.map((share) => {
          const x = left * width;
          left += share.share;
          return <rect key={share.key} x={x} y={0} width={share.share * width} height={HEIGHT} style={fillStyle(share.fill)} />;
        })
      )}
    </svg>
  );
}
