import type { PushEvent } from '@forge/events';
import { fullRefresh } from '../services/snapshots/schedule';
import { forgeRefreshQueue } from './refreshQueue';

describe('forgeRefreshQueue', () => {
  it('returns after pushing 50 events at a time, each with its delay within Forge limits and one refresh per project at once', async () => {
    const pushes: PushEvent[][] = [];
    const queue = forgeRefreshQueue({
      push: (events) => {
        pushes.push(Array.isArray(events) ? events : [events]);
        return Promise.resolve({ jobId: `job-${pushes.length}` });
      },
    });
    const at = new Date('2026-11-15T06:00:00Z');
    const requests = Array.from({ length: 60 }, (_, index) => ({ request: fullRefresh(`P${index}`, at, 'test'), delaySeconds: index === 0 ? -5 : index * 20 }));
    await queue.push(requests);
    expect(pushes.map((events) => events.length)).toEqual([50, 10]);
    const [first, second] = pushes[0] ?? [];
    expect(first).toEqual({ body: { ...fullRefresh('P0', at, 'test') }, delayInSeconds: 0, concurrency: { key: 'refresh-P0', limit: 1 } });
    expect(second?.delayInSeconds).toBe(20);
    expect(pushes[1]?.at(-1)?.delayInSeconds).toBe(900);
  });
});
