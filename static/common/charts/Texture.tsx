import { useId, type ReactNode } from 'react';
import { segmentSeparatorStyle, TEXTURE_TILE_SIZE, TEXTURE_TILES, textureMarkStyle, type Texture } from './chartStyle';

type Patterned = Exclude<Texture, 'solid'>;
const PATTERNED = Object.keys(TEXTURE_TILES) as Patterned[];

/** A pattern id prefix unique to one SVG, so two charts on a page never borrow each other's patterns. */
export function useTexturePrefix(): string {
  return `texture-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
}

/** The patterns an SVG's textured shapes point at; put once inside each SVG. */
export function TextureDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      {PATTERNED.map((texture) => {
        const tile = TEXTURE_TILES[texture];
        return (
          <pattern
            key={texture}
            id={`${prefix}-${texture}`}
            patternUnits="userSpaceOnUse"
            width={TEXTURE_TILE_SIZE}
            height={TEXTURE_TILE_SIZE}
            patternTransform={`rotate(${tile.rotate})`}
          >
            <path d={tile.path} style={textureMarkStyle(tile.filled)} />
          </pattern>
        );
      })}
    </defs>
  );
}

export interface SegmentBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One stacked segment: its fill, its texture over it and a separator round it. `children` (a
 * `<title>`) sit on the filled shape, which alone takes the pointer, so hovering shows them.
 */
export function TexturedSegment({
  box,
  fill,
  texture = 'solid',
  prefix,
  separated = true,
  testId,
  children,
}: {
  box: SegmentBox;
  fill: string;
  texture?: Texture;
  prefix: string;
  separated?: boolean;
  testId?: string;
  children?: ReactNode;
}) {
  const overlay = texture === 'solid' ? 'none' : `url(#${prefix}-${texture})`;
  return (
    <g data-testid={testId} data-texture={texture}>
      <rect {...box} style={{ fill }}>
        {children}
      </rect>
      <rect
        {...box}
        data-separator={separated ? 'true' : undefined}
        style={{ fill: overlay, pointerEvents: 'none', ...(separated ? segmentSeparatorStyle : {}) }}
      />
    </g>
  );
}
