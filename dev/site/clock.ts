import type { SiteFixture } from './fixture';
import { formatInstant, parseInstant } from './time';

/**
 * The site's "now". The fixture's `now` is the starting instant and stays the one source of truth, so
 * everything that reads it (server info, overdue versions) follows the clock as it moves.
 */
export class SiteClock {
  constructor(private readonly fixture: SiteFixture) {}

  /** Epoch milliseconds. */
  now(): number {
    return parseInstant(this.fixture.now) ?? 0;
  }

  /** The current instant as Jira writes it. */
  instant(): string {
    return this.fixture.now;
  }

  /** Moves the clock forward (a negative step would let a write predate an earlier one); returns the new instant. */
  advance(ms: number): string {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`the clock only moves forward; got ${ms} ms`);
    this.fixture.now = formatInstant(this.now() + ms);
    return this.fixture.now;
  }
}
