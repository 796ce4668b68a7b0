import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { Box, Inline, xcss } from '@atlaskit/primitives';

const scrollerStyles = xcss({ overflowX: 'auto', maxWidth: '100%' });

/**
 * Charts keep their natural size (axis text stays legible); a chart wider than the page, such as
 * every sprint of a long-lived board, scrolls sideways, opening at its newest (rightmost) end. The
 * scroller takes focus so keyboard users can scroll it too.
 */
export function ChartFrame({ label, children, fixedStart }: { label: string; children: ReactNode; fixedStart?: ReactNode }) {
  const scroller = useRef<HTMLDivElement>(null);
  const shownWidth = useRef(0);
  // Only when the chart's width changes (more sprints shown), so a reader's own scrolling is kept.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element === null || element.scrollWidth === shownWidth.current) return;
    shownWidth.current = element.scrollWidth;
    element.scrollLeft = element.scrollWidth;
  });
  const scrolling = (
    <Box ref={scroller} xcss={scrollerStyles} tabIndex={0} role="group" aria-label={label}>
      {children}
    </Box>
  );
  if (fixedStart === undefined) return scrolling;
  // What stays put while the rest scrolls (a y-axis), so values can still be read at the far end.
  return (
    <Inline alignBlock="start">
      {fixedStart}
      {scrolling}
    </Inline>
  );
}
