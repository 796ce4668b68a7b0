import { emptyColumnStyle, type Texture } from './chartStyle';
import { TexturedSegment, TextureDefs, useTexturePrefix } from './Texture';

export interface MiniShare {
  key: string;
  fill: string;
  /** The category's pattern (see `BUCKET_STYLES`); plain where a bar's parts have none. */
  texture?: Texture;
  share: number;
  label: string;
}

const HEIGHT = 14;

/**
 * A small horizontal 100 % bar for a table cell. `description` (e.g. "Feature 40%, Defect 10%, …") is
 * its accessible name and tooltip, since the bar alone cannot be read by everyone.
 */
export function MiniShareBar({ shares, description, width = 160 }: { shares: MiniShare[] | null; description: string; width?: number }) {
  const prefix = useTexturePrefix();
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
      <TextureDefs prefix={prefix} />
      {shares === null ? (
        <rect x={0.5} y={0.5} width={width - 1} height={HEIGHT - 1} style={emptyColumnStyle} />
      ) : (
        shares.map((share) => {
          const x = left * width;
          left += share.share;
          return (
            <TexturedSegment
              key={share.key}
              box={{ x, y: 0, width: share.share * width, height: HEIGHT }}
              fill={share.fill}
              texture={share.texture}
              prefix={prefix}
              testId={`mini-segment-${share.key}`}
            />
          );
        })
      )}
    </svg>
  );
}
