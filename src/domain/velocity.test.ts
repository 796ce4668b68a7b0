import { timeline } from '../../test/builders';
import { issuesBySprint, rollingVelocity, sayDoRatio } from './velocity';

describe('issuesBySprint', () => {
  it('returns each issue under every sprint it is in now or was ever in, on either side of a change', () => {
    const issue = timeline({
      current: { sprintIds: [], estimate: 1, statusId: 'todo' },
      sprintChanges: [{ at: 1, from: '6, 7', fromString: '', to: '8', toString: '' }],
    });
    const index = issuesBySprint([issue]);
    expect([...index.keys()].sort()).toEqual([6, 7, 8]);
    expect(index.get(7)).toEqual([issue]);
  });

  it('returns an empty map when there are no issues', () => {
    expect(issuesBySprint([]).size).toBe(0);
  });
});

describe('sayDoRatio', () => {
  it('returns completed over committed', () => {
    expect(sayDoRatio({ committed: 20, completed: 15 })).toBe(0.75);
  });

  it('returns null when nothing was committed', () => {
    expect(sayDoRatio({ committed: 0, completed: 4 })).toBeNull();
  });
});

describe('rollingVelocity', () => {
  it('returns the mean completed of the last three sprints by completeDate, whatever the input order', () => {
    const sprints = [
      { completeDate: '2026-03-01T00:00:00Z', completed: 30 },
      { completeDate: '2026-01-01T00:00:00Z', completed: 100 },
      { completeDate: '2026-02-01T00:00:00Z', completed: 20 },
      { completeDate: '2026-04-01T00:00:00Z', completed: 10 },
    ];
    expect(rollingVelocity(sprints)).toBe(20);
  });

  it('returns the mean of what there is when fewer than three sprints closed', () => {
    expect(rollingVelocity([{ completeDate: '2026-01-01T00:00:00Z', completed: 9 }])).toBe(9);
  });

  it('returns null when the board has no closed sprint', () => {
    expect(rollingVelocity([])).toBeNull();
  });
});
