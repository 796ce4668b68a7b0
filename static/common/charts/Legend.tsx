import { Inline, Text, xcss } from '@atlaskit/primitives';
import { fillStyle } from './chartStyle';

export interface LegendItem {
  key: string;
  label: string;
  fill: string;
  /** A line series is drawn as a line, not a swatch. */
  shape?: 'swatch' | 'line';
}

function Swatch({ fill, shape }: { fill: string; shape: 'swatch' | 'line' }) {
  return (
    <svg width="16" height="12" viewBox="0 0 16 12" aria-hidden="true" focusable="false">
      {shape === 'line' ? (
        <rect x="0" y="5" width="16" height="3" rx="1" style={fillStyle(fill)} />
      ) : (
        <rect x="0" y="0" width="12" height="12" rx="2" style={fillStyle(fill)} />
      )}
    </svg>
  );
}

const listReset = xcss({ listStyle: 'none', margin: 'space.0', padding: 'space.0' });

/** The key to a chart's colours; the chart's table says the same in words. */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <Inline as="ul" space="space.200" shouldWrap xcss={listReset}>
      {items.map((item) => (
        <Inline as="li" key={item.key} space="space.075" alignBlock="center">
          <Swatch fill={item.fill} shape={item.shape ?? 'swatch'} />
          <Text size="small">{item.label}</Text>
        </Inline>
      ))}
    </Inline>
  );
}
