/** Files work under the project's quarterly releases, as teams set Fix Version. */
import type { VersionJson } from './fixture-types';
import type { SimProject } from './issues';
import { isStandard } from './model';
import type { Rng } from './rng';
import { endOfLocalDate } from './time';

/** Share of done standard issues that get a fix version. */
const FILED = 0.85;

/**
 * Share of done standard issues filed under the release shipped before they were resolved: the
 * change went out with it and the issue was closed later, so its lead time for changes is 0.
 */
const FILED_AFTER_SHIPPING = 0.03;

interface Release {
  id: string;
  /** When the release's date ends in the site's time zone. */
  due: number;
  released: boolean;
}

/** The release an issue resolved at `resolvedAt` is filed under, when `roll` (in [0, FILED)) says which. */
function releaseFor(own: readonly Release[], resolvedAt: number, roll: number): Release | undefined {
  const next = own.find((v) => v.due >= resolvedAt);
  if (roll < FILED - FILED_AFTER_SHIPPING) return next;
  return own.filter((v) => v.released && v.due < resolvedAt).at(-1) ?? next;
}

/**
 * Done standard issues mostly get the first release due on or after their resolution, a few the
 * release shipped before it; some unresolved issues are already planned into the first unreleased one.
 */
export function assignFixVersions(rng: Rng, project: SimProject, versions: readonly VersionJson[], options: { now: number; timeZone: string }): void {
  const own: Release[] = versions
    .filter((v) => v.projectId === project.id)
    .map((v) => ({ id: v.id, due: endOfLocalDate(v.releaseDate, options.timeZone), released: v.released }));
  const upcoming = own.find((v) => !v.released);
  for (const issue of project.issues.filter(isStandard)) {
    const resolvedAt = issue.resolvedAt;
    if (issue.status === 'done' && resolvedAt !== null) {
      // One draw decides whether and where: the share filed after shipping comes out of the filed share, not from a draw of its own.
      const roll = rng.next();
      if (roll < FILED) issue.fixVersionId = releaseFor(own, resolvedAt, roll)?.id ?? null;
    } else if (resolvedAt === null && upcoming !== undefined && rng.chance(0.3)) {
      issue.fixVersionId = upcoming.id;
    }
  }
}
