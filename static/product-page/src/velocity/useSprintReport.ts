import { useEffect, useRef, useState, type RefObject } from 'react';

/** What opened the report (a chart column or a table row's button): focus goes back there when it closes. */
export type ReportOpener = HTMLElement | SVGElement;

export interface SprintReportState {
  /** The sprint whose report is open, by id; null when none is. */
  openId: number | null;
  /** The report's panel, focused whenever a sprint's report opens. */
  panel: RefObject<HTMLDivElement>;
  /** Opens a sprint's report, or closes it when it is the one open (a disclosure button's toggle). */
  toggle: (sprintId: number, from: ReportOpener) => void;
  /** Closes the report (Escape, its Close button) and puts focus back on what opened it. */
  close: () => void;
}

function focusIfShown(target: ReportOpener | null): void {
  if (target?.isConnected === true) target.focus();
}

/** One board's sprint report: which sprint is open, and focus moving into it and back out. */
export function useSprintReport(): SprintReportState {
  const [openId, setOpenId] = useState<number | null>(null);
  const opener = useRef<ReportOpener | null>(null);
  const panel = useRef<HTMLDivElement>(null);

  // After the render that shows the report, so the panel exists; again when another sprint replaces it.
  useEffect(() => {
    if (openId !== null) panel.current?.focus();
  }, [openId]);

  const closeTo = (target: ReportOpener | null) => {
    opener.current = null;
    setOpenId(null);
    focusIfShown(target);
  };

  const toggle = (sprintId: number, from: ReportOpener) => {
    if (openId === sprintId) {
      closeTo(from);
      return;
    }
    opener.current = from;
    setOpenId(sprintId);
  };

  return { openId, panel, toggle, close: () => closeTo(opener.current) };
}
