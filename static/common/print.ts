import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Puts the light theme on while printing and the reader's own back after; returns how to undo it. */
function lightWhilePrinting(root: HTMLElement): { enter: () => void; leave: () => void } {
  let before: string | null = null;
  return {
    enter: () => {
      if (before !== null) return;
      before = root.getAttribute('data-color-mode') ?? '';
      root.setAttribute('data-color-mode', 'light');
    },
    leave: () => {
      if (before === null) return;
      if (before === '') root.removeAttribute('data-color-mode');
      else root.setAttribute('data-color-mode', before);
      before = null;
    },
  };
}

/**
 * Whether the page is being printed, so it can render what only paper needs. It prints in the light
 * theme: paper is white whatever the reader's theme, and dark-theme text would be pale grey on it.
 * Both the print events and the print media query are watched: a real print fires the events (and
 * the page renders at once, before the browser lays the pages out), while a print preview or an
 * emulated print medium only changes the query.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const theme = lightWhilePrinting(document.documentElement);
    const enter = () => {
      theme.enter();
      flushSync(() => setPrinting(true));
    };
    const leave = () => {
      theme.leave();
      setPrinting(false);
    };
    const query = window.matchMedia('print');
    const onChange = (event: MediaQueryListEvent) => (event.matches ? enter() : leave());
    window.addEventListener('beforeprint', enter);
    window.addEventListener('afterprint', leave);
    query.addEventListener('change', onChange);
    if (query.matches) theme.enter();
    return () => {
      window.removeEventListener('beforeprint', enter);
      window.removeEventListener('afterprint', leave);
      query.removeEventListener('change', onChange);
      theme.leave();
    };
  }, []);
  return printing;
}

/** Opens the browser's print dialog for this frame (a PDF is one of its printers). */
export function printPage(): void {
  window.print();
}
