import type { SignalCode } from '../../../../src/shared/figures';
import { formatMonthName } from '../../../common/format';
import { quarterPoints, type ReadyRow } from './reviewRows';

/** A figure now beside its value at last month's close. */
export interface Comparison {
  now: number | null;
  then: number | null;
}

export interface SinceLastMonth {
  /** The month closed (`YYYY-MM`). */
  month: string;
  quarterPoints: Comparison;
  velocity: Comparison;
  sayDo: Comparison;
  appeared: SignalCode[];
  cleared: SignalCode[];
}

/** A product's figures beside last month's closing ones; null before a month has closed since its first snapshot. */
export function sinceLastMonth(row: ReadyRow): SinceLastMonth | null {
  const last = row.lastMonth;
  if (last === null) return null;
  return {
    month: last.month,
    quarterPoints: { now: quarterPoints(row.quarter), then: last.quarterPoints },
    velocity: { now: row.velocity, then: last.velocity },
    sayDo: { now: row.sayDo, then: last.sayDo },
    appeared: last.appeared,
    cleared: last.cleared,
  };
}

/** "26 at end of October": last month's closing figure, written as the figure beside it is. */
export function thenWords(then: number | null, month: string, format: (value: number | null) => string): string {
  return `${then === null ? 'none' : format(then)} at end of ${formatMonthName(month)}`;
}

/** Whether a figure moved since last month's close, so the page can mark the ones that did. */
export function changed({ now, then }: Comparison): boolean {
  if (now === null || then === null) return now !== then;
  return Math.abs(now - then) > 1e-9;
}
