/** Files work under the project's quarterly releases, as teams set Fix Version. */
import type { VersionJson } from './fixture-types';
import type { SimProject } from './issues';
import { isStandard } from './model';
import type { Rng } from './rng';
import { endOfLocalDate } from './time';

/**
 * Done standard issues mostly get the first release due on or after their resolution; some
 * unresolved issues are already planned into the first unreleased one.
 */
export function assignFixVersions(rng: Rng, project: SimProject, versions: readonly VersionJson[], options: { now: number; timeZone: string }): void {
  const own = versions
    .filter((v) => v.projectId === project.id)
    .map((v) => ({ id: v.id, due: endOfLocalDate(v.releaseDate, options.timeZone), released: v.released }));
  const upcoming = own.find((v) => !v.released);
  for (const issue of project.issues.filter(isStandard)) {
    const resolvedAt = issue.resolvedAt;
    if (issue.status === 'done' && resolvedAt !== null && rng.chance(0.85)) {
      issue.fixVersionId = own.find((v) => v.due >= resolvedAt)?.id ?? null;
    } else if (resolvedAt === null && upcoming !== undefined && rng.chance(0.3)) {
      issue.fixVersionId = upcoming.id;
    }
  }
}
