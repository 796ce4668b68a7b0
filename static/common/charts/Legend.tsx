import { Inline, Text, xcss } from '@atlaskit/primitives';
import { fillStyle, type Texture } from './chartStyle';
import { TexturedSegment, TextureDefs, useTexturePrefix } from './Texture';

export interface LegendItem {
  key: string;
  label: string;
  fill: string;
  /** The pattern its segments carry, so the key matches them without relying on hue. */
  texture?: Texture;
  /** A line series is drawn as a line, not a swatch. */
  shape?: 'swatch' | 'line';
}

function Swatch({ fill, texture, shape }: { fill: string; texture: Texture | undefined; shape: 'swatch' | 'line' }) {
  const prefix = useTexturePrefix();
  return (
    <svg width="16" height="12" viewBox="0 0 16 12" aria-hidden="true" focusable="false" data-texture={texture}>
      {shape === 'line' ? (
        <rect x="0" y="5" width="16" height="3" rx="1" style={fillStyle(fill)} />
      ) : (
        <>
          <TextureDefs prefix={prefix} />
          <TexturedSegment box={{ x: 0, y: 0, width: 12, height: 12 }} fill={fill} texture={texture} prefix={prefix} separated={false} />
        </>
      )}
    </svg>
  );
}

const listReset = xcss({ listStyle: 'none', margin: 'space.0', padding: 'space.0' });

/** The key to a chart's colours and patterns; the chart's table says the same in words. */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <Inline as="ul" space="space.200" shouldWrap xcss={listReset}>
      {items.map((item) => (
        <Inline as="li" key={item.key} space="space.075" alignBlock="center">
          <Swatch fill={item.fill} texture={item.texture} shape={item.shape ?? 'swatch'} />
          <Text size="small">{item.label}</Text>
        </Inline>
      ))}
    </Inline>
  );
}
