import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Calls `look` every `everyMs` while `everyMs` is a number, one call at a time (the next waits for the
 * previous answer). A page in a background tab skips its looks; unmounting or `null` stops them.
 */
export function usePolling(everyMs: number | null, look: () => Promise<void>): void {
  const latestLook = useRef(look);
  // Updated after render (refs are not written while rendering), before any look can run.
  useLayoutEffect(() => {
    latestLook.current = look;
  });

  useEffect(() => {
    if (everyMs === null) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      try {
        if (document.visibilityState !== 'hidden') await latestLook.current();
      } finally {
        if (!stopped) timer = setTimeout(() => void run(), everyMs);
      }
    };
    timer = setTimeout(() => void run(), everyMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [everyMs]);
}
