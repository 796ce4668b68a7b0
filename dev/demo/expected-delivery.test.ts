import { deliveryFigures, type DeliveryBasis } from './expected-delivery';
import type { ReviewIssue } from './expected-flow';
import type { VersionJson, WorkBucket } from './fixture-types';
import { instant, simIssue } from './test-support';
import { localDate, monthWindow } from './time';

const ZONE = 'America/Toronto';
const BASIS: DeliveryBasis = { months: monthWindow(instant('2026-11-15T06:00:00Z'), ZONE, 12), dateOf: (ms) => localDate(ms, ZONE) };

function version(id: string, releaseDate: string, released = true): VersionJson {
  return { id, projectId: '10000', name: `PAY ${id}`, description: '', archived: false, released, startDate: '2025-01-01', releaseDate };
}

/** A standard issue created at `created`, resolved at `resolved` (null: open), filed under `fix`. */
function issue(bucket: WorkBucket, created: string, resolved: string | null, fix: string | null = null): ReviewIssue {
  const resolvedAt = resolved === null ? null : instant(resolved);
  return { issue: simIssue(0, created, { status: resolved === null ? 'todo' : 'done', resolvedAt, fixVersionId: fix }), bucket };
}

describe('deliveryFigures', () => {
  const versions = [version('R0', '2025-11-14'), version('R1', '2026-05-15'), version('R2', '2026-08-14'), version('R3', '2026-11-30', false)];
  const shipped = [
    issue('feature', '2026-07-01T12:00:00Z', '2026-08-10T16:00:00Z', 'R2'), // 4 days before R2
    issue('feature', '2026-07-01T12:00:00Z', '2026-08-14T02:00:00Z', 'R2'), // August 13th in Toronto: 1 day
    issue('feature', '2026-07-01T12:00:00Z', '2026-08-20T16:00:00Z', 'R2'), // resolved after its release: 0
    issue('debt', '2026-04-01T12:00:00Z', '2026-05-01T16:00:00Z', 'R1'), // 14 days
    issue('feature', '2025-10-01T12:00:00Z', '2025-11-01T16:00:00Z', 'R0'), // released before the window
    issue('feature', '2026-10-01T12:00:00Z', null, 'R3'), // planned into an unreleased version
  ];
  const defects = [
    issue('defect', '2026-08-15T04:30:00Z', '2026-08-17T10:30:00Z'), // day +1 after R2 in Toronto; restored in 2.25 days
    issue('defect', '2026-08-20T12:00:00Z', '2026-08-24T12:00:00Z'), // day +6; 4 days
    issue('defect', '2026-08-29T03:00:00Z', null), // day +14 (August 28th, 23:00 in Toronto), still open
    issue('defect', '2026-08-29T05:00:00Z', '2026-08-30T05:00:00Z'), // day +15
    issue('defect', '2026-08-14T12:00:00Z', '2026-08-15T12:00:00Z'), // the release day itself
    issue('feature', '2026-05-16T12:00:00Z', '2026-05-17T12:00:00Z'), // after R1, but no defect
  ];
  const delivery = deliveryFigures([...shipped, ...defects], versions, BASIS);

  it('returns each month of the window with the versions released in it, and their mean per month', () => {
    expect(delivery.releases.map((r) => `${r.month}:${r.count}`).join(' ')).toBe(
      '2025-12:0 2026-01:0 2026-02:0 2026-03:0 2026-04:0 2026-05:1 2026-06:0 2026-07:0 2026-08:1 2026-09:0 2026-10:0 2026-11:0',
    );
    expect(delivery.releaseFrequency).toBe(2 / 12);
  });

  it('returns the median whole days from resolution date to release when issues were resolved with a release of the window', () => {
    expect(delivery.leadTimeMedianDays).toBe(2.5);
  });

  it('returns the share of releases followed by a new defect on day +1 to +14, and the median days those defects took to resolve', () => {
    expect(delivery.changeFailureRate).toBe(0.5);
    expect(delivery.timeToRestoreMedianDays).toBe(3.125);
  });

  it('returns keys in the order the rollup writes them', () => {
    expect(Object.keys(delivery)).toEqual(['releases', 'releaseFrequency', 'leadTimeMedianDays', 'changeFailureRate', 'timeToRestoreMedianDays']);
  });

  it('returns a defect that follows two releases once in the time to restore', () => {
    const close = [version('A', '2026-10-01'), version('B', '2026-10-04')];
    const both = issue('defect', '2026-10-06T12:00:00Z', '2026-10-07T12:00:00Z');
    const second = issue('defect', '2026-10-16T12:00:00Z', '2026-10-19T12:00:00Z');
    const figures = deliveryFigures([both, second], close, BASIS);
    expect(figures.changeFailureRate).toBe(1);
    expect(figures.timeToRestoreMedianDays).toBe(2);
  });

  it('returns zero releases and no lead time, rate or time to restore when no version was released in the window', () => {
    const figures = deliveryFigures([issue('defect', '2026-10-06T12:00:00Z', '2026-10-07T12:00:00Z', 'R3')], [version('R3', '2026-11-30', false)], BASIS);
    expect(figures.releases.every((r) => r.count === 0)).toBe(true);
    expect(figures).toMatchObject({ releaseFrequency: 0, leadTimeMedianDays: null, changeFailureRate: null, timeToRestoreMedianDays: null });
  });
});
