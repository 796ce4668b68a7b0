import { NullLogger, StatsigService, type DynamicConfig, type DynamicConfigKey } from '@forge/cli-shared';

/**
 * `@forge/lint` asks Atlassian's feature-flag service for gates and the list of deprecated runtimes.
 * Offline there is nothing to ask: every gate is off and no runtime is deprecated, which is what the
 * linter itself falls back to when the service does not answer.
 */
export class OfflineStatsig extends StatsigService {
  constructor() {
    super(
      NullLogger,
      undefined,
      { getCredentials: () => Promise.reject(new Error('offline: no Atlassian credentials')) },
      { readConfigSection: () => Promise.resolve({ id: 'offline' }) },
    );
  }

  override checkGate(): Promise<boolean | null> {
    return Promise.resolve(null);
  }

  override getDynamicConfig<F extends DynamicConfigKey>(): Promise<DynamicConfig[F] | null> {
    return Promise.resolve(null);
  }
}
