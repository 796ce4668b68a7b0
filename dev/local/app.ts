import { dailyRefresh, jiraEventTrigger, refreshConsumer } from '../../src/consumers/background';
import type { AppDependencies } from '../../src/resolvers/define';
import { COVERED_AFTER_MS } from '../../src/services/snapshots/refresh';
import { localDependencies } from './dependencies';
import { LocalRefreshQueue } from './localQueue';

export interface LocalApp {
  deps: AppDependencies;
  queue: LocalRefreshQueue;
  /** The scheduled trigger's function (manifest `daily-refresh`). */
  runDaily(): Promise<{ queued: number }>;
  /** The product event trigger's function (manifest `jira-events`). */
  onJiraEvent(payload: unknown): Promise<{ queued: boolean; reason?: string }>;
  close(): void;
}

/**
 * The app's background half in this process, wired as Forge wires it: the resolvers, the consumer
 * behind the queue, the scheduled trigger and the event trigger share one set of dependencies.
 */
export function startLocalApp(jiraSiteUrl: string, stateDir: string, options: { concurrency?: number; msPerSecond?: number } = {}): LocalApp {
  const queue = new LocalRefreshQueue({ concurrency: options.concurrency ?? 2, msPerSecond: options.msPerSecond });
  // Time in the local queue runs `msPerSecond / 1000` as fast as Forge's; so does the cover margin.
  const deps = { ...localDependencies(jiraSiteUrl, stateDir, queue), refreshCoverMarginMs: (COVERED_AFTER_MS * (options.msPerSecond ?? 1000)) / 1000 };
  queue.setConsumer(refreshConsumer(deps));
  return { deps, queue, runDaily: dailyRefresh(deps), onJiraEvent: jiraEventTrigger(deps), close: () => queue.close() };
}
