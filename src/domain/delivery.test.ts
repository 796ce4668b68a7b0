import { story } from '../../test/builders';
import { deliveryMetrics, type DeliveryIssue, type ReleaseVersion } from './delivery';

const MONTHS = ['2026-09', '2026-10', '2026-11'];

function issue(key: string, overrides: Partial<DeliveryIssue> & { resolved?: string | null } = {}): DeliveryIssue {
  const { resolved = null, ...rest } = overrides;
  return { issue: story({ id: key, key, resolutionDate: resolved }), workType: 'feature', created: '2026-09-01T12:00:00.000Z', fixVersionIds: [], ...rest };
}
const release = (id: string, releaseDate: string | null, released = true): ReleaseVersion => ({ id, name: `1.${id}`, released, releaseDate });

describe('deliveryMetrics', () => {
  it('returns zero releases, frequency 0 and nothing else when there is no release', () => {
    expect(deliveryMetrics([], [], MONTHS, 'UTC')).toEqual({
      releases: [
        { month: '2026-09', count: 0 },
        { month: '2026-10', count: 0 },
        { month: '2026-11', count: 0 },
      ],
      releaseFrequency: 0,
      leadTimeMedianDays: null,
      changeFailureRate: null,
      timeToRestoreMedianDays: null,
    });
  });

  it('returns releases per month of the window, leaving out unreleased, undated and older versions', () => {
    const versions = [
      release('1', '2026-09-10'),
      release('2', '2026-11-01'),
      release('3', '2026-11-20', false),
      release('4', null),
      release('5', '2026-08-31'),
    ];
    const figures = deliveryMetrics([], versions, MONTHS, 'UTC');
    expect(figures.releases.map((month) => month.count)).toEqual([1, 0, 1]);
    expect(figures.releaseFrequency).toBeCloseTo(2 / 3);
  });

  it('returns the whole days from the resolution date in the site zone to the earliest release of the window', () => {
    const versions = [release('1', '2026-10-10'), release('2', '2026-10-05')];
    const resolvedLateEvening = issue('PAY-1', { resolved: '2026-10-02T03:00:00.000Z', fixVersionIds: ['1', '2'] });
    expect(deliveryMetrics([resolvedLateEvening], versions, MONTHS, 'America/Toronto').leadTimeMedianDays).toBe(4);
  });

  it('returns a lead time of 0 for an issue resolved after its release', () => {
    const late = issue('PAY-1', { resolved: '2026-10-12T12:00:00.000Z', fixVersionIds: ['1'] });
    expect(deliveryMetrics([late], [release('1', '2026-10-10')], MONTHS, 'UTC').leadTimeMedianDays).toBe(0);
  });

  it('returns the share of releases followed by a new defect from day +1 to day +14, and the defects’ median time to restore', () => {
    const versions = [release('1', '2026-09-01'), release('2', '2026-10-01')];
    const sameDay = issue('PAY-1', { workType: 'defect', created: '2026-10-01T20:00:00.000Z' });
    const dayFourteen = issue('PAY-2', { workType: 'defect', created: '2026-09-15T08:00:00.000Z', resolved: '2026-09-17T08:00:00.000Z' });
    const feature = issue('PAY-3', { created: '2026-10-03T08:00:00.000Z' });
    const figures = deliveryMetrics([sameDay, dayFourteen, feature], versions, MONTHS, 'UTC');
    expect(figures.changeFailureRate).toBe(0.5);
    expect(figures.timeToRestoreMedianDays).toBe(2);
  });

  it('returns no time to restore when the defects that followed releases are unresolved', () => {
    const open = issue('PAY-1', { workType: 'defect', created: '2026-09-02T08:00:00.000Z' });
    expect(deliveryMetrics([open], [release('1', '2026-09-01')], MONTHS, 'UTC')).toMatchObject({ changeFailureRate: 1, timeToRestoreMedianDays: null });
  });
});
