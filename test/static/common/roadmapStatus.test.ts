import type { RoadmapItemView } from '../../../src/shared/records';
import { currentMonth, defaultTargetMonth, statusLozenge } from '../../../static/common/roadmapStatus';

function item(targetMonth: string, status: RoadmapItemView['status']): Pick<RoadmapItemView, 'targetMonth' | 'status'> {
  return { targetMonth, status };
}

describe('roadmap status', () => {
  it('returns the month of a date as YYYY-MM', () => {
    expect(currentMonth(new Date(2026, 10, 15))).toBe('2026-11');
  });

  it("returns the current month as a new milestone's month when the year holds it or is over, and the first month of a year ahead", () => {
    const year = ['2026-04', '2026-05', '2026-11', '2027-03'];
    expect(defaultTargetMonth(year, '2026-11')).toBe('2026-11');
    expect(defaultTargetMonth(['2025-04', '2026-03'], '2026-11')).toBe('2026-11');
    expect(defaultTargetMonth(['2027-04', '2028-03'], '2026-11')).toBe('2027-04');
  });

  it('returns Overdue when the month is over and the milestone is neither delivered nor missed', () => {
    expect(statusLozenge(item('2026-06', 'at-risk'), '2026-11')).toEqual({ label: 'Overdue (At risk)', appearance: 'removed' });
    expect(statusLozenge(item('2026-06', 'delivered'), '2026-11')).toEqual({ label: 'Delivered', appearance: 'success' });
    expect(statusLozenge(item('2026-11', 'at-risk'), '2026-11')).toEqual({ label: 'At risk', appearance: 'moved' });
  });
});
