import type { EpicSummary, ProductTabData } from '../../src/shared/api';
import type { FixtureProject, FixtureUser, SiteFixture } from '../../dev/site/fixture';
import { defaultUser } from '../../dev/local/session';
import type { Harness } from './harness';

/** Calls a resolver the way the bridge stand-in does, to learn what the UI should show. */
export async function invokeAs(harness: Harness, accountId: string, key: string, extension: Record<string, unknown>, payload: unknown = {}): Promise<unknown> {
  const response = await fetch(`${harness.site.url}/__bridge/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ key, payload, context: { accountId, extension } }),
  });
  return response.json();
}

/** The Product tab's answer once the project's snapshot is ready. */
export type ReadyProductData = Extract<ProductTabData, { asOf: string }>;

/** How long a test waits for a project's first snapshot, and how often it looks meanwhile. */
export const FIRST_SNAPSHOT_WAIT_MS = 120_000;
const LOOK_EVERY_MS = 1_000;

function isTabAnswer(value: unknown): value is { ok: true; data: ProductTabData } {
  if (typeof value !== 'object' || value === null || !('ok' in value) || value.ok !== true || !('data' in value)) return false;
  return typeof value.data === 'object' && value.data !== null && 'snapshot' in value.data && 'asOf' in value.data;
}

export function projectExtension(project: FixtureProject): Record<string, unknown> {
  return { type: 'jira:projectPage', project: { id: project.id, key: project.key, type: project.projectTypeKey } };
}

/** `figures/get` as `accountId` for `project`, as it stands now (perhaps still computing). */
export async function productTabData(harness: Harness, accountId: string, project: FixtureProject): Promise<ProductTabData> {
  const answer = await invokeAs(harness, accountId, 'figures/get', projectExtension(project));
  if (!isTabAnswer(answer)) throw new Error(`figures/get for ${project.key} failed: ${JSON.stringify(answer).slice(0, 500)}`);
  return answer.data;
}

/**
 * The project's figures, waiting (bounded) while its first snapshot is being built: the backend
 * builds snapshots in the background, so the first answer may be `computing`.
 */
export async function productOverview(
  harness: Harness,
  accountId: string,
  project: FixtureProject,
  waitMs = FIRST_SNAPSHOT_WAIT_MS,
): Promise<ReadyProductData> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const data = await productTabData(harness, accountId, project);
    if (data.asOf !== null) return data;
    if (data.snapshot.status === 'failed') throw new Error(`the first snapshot of ${project.key} failed: ${data.snapshot.lastError ?? 'no reason given'}`);
    if (Date.now() > deadline) throw new Error(`the first snapshot of ${project.key} was still being built after ${waitMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, LOOK_EVERY_MS));
  }
}

export function admin(fixture: SiteFixture): FixtureUser {
  return defaultUser(fixture);
}

const browses = (user: FixtureUser, project: FixtureProject) => user.permissions[project.key]?.includes('BROWSE_PROJECTS') === true;

/** A user who may browse some projects but not all, and one project hidden from them. */
export function restrictedViewer(fixture: SiteFixture): { user: FixtureUser; hidden: FixtureProject; visible: FixtureProject[] } {
  for (const user of fixture.users) {
    const visible = fixture.projects.filter((project) => browses(user, project));
    const hidden = fixture.projects.find((project) => !browses(user, project));
    if (visible.length > 0 && hidden) return { user, hidden, visible };
  }
  throw new Error('The demo site has no user who can browse some projects but not all');
}

/** An untagged epic with unresolved points, so tagging it must move work between in-flight buckets. */
export async function untaggedEpicWithOpenWork(harness: Harness): Promise<{ project: FixtureProject; epic: EpicSummary }> {
  const actor = admin(harness.fixture);
  for (const project of harness.fixture.projects) {
    const overview = await productOverview(harness, actor.accountId, project);
    const epic = overview.epics.find((candidate) => candidate.workType === 'untagged' && candidate.remainingPoints > 0);
    if (epic) return { project, epic };
  }
  throw new Error('The demo site has no untagged epic with open work');
}

/** A user who may browse `project` but not edit its issues (so cannot tag), if the site has one. */
export function readOnlyViewer(fixture: SiteFixture, project: FixtureProject): FixtureUser | undefined {
  return fixture.users.find((user) => browses(user, project) && user.permissions[project.key]?.includes('EDIT_ISSUES') !== true);
}

/** A user who may browse no project at all, if the site has one. */
export function userWithoutAccess(fixture: SiteFixture): FixtureUser | undefined {
  return fixture.users.find((user) => fixture.projects.every((project) => !browses(user, project)));
}
