import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { Box, xcss } from '@atlaskit/primitives';

const scrollerStyles = xcss({ overflowX: 'auto', maxWidth: '100%' });

/**
 * Charts keep their natural size (axis text stays legible); a chart wider than the page, such as
 * every sprint of a long-lived board, scrolls sideways, opening at its newest (rightmost) end. The
 * scroller takes focus so keyboard users can scroll it too.
 */
export function ChartFrame({ label, children }: { label: string; children: ReactNode }) {
  const scroller = useRef<HTMLDivElement>(null);
  const shownWidth = useRef(0);
  // Only when the chart's width changes (more sprints shown), so a reader's own scrolling is kept.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element === null || element.scrollWidth === shownWidth.current) return;
    shownWidth.current = element.scrollWidth;
    element.scrollLeft = element.scrollWidth;
  });
  return (
    <Box ref={scroller} xcss={scrollerStyles} tabIndex={0} role="group" aria-label={label}>
      {children}
    </Box>
  );
}
