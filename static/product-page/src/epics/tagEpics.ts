import type { WorkType } from '../../../../src/shared/workTypes';
import type { ResolverError } from '../../../../src/shared/result';
import { callResolver } from '../../../common/resolvers';

/** The backend refuses more epics per call than this (each is its own Jira write). */
const EPICS_PER_CALL = 50;

export type TagOutcome = { ok: true; updated: string[] } | { ok: false; error: ResolverError; updated: string[] };

/** Tags epics through `epics/tag` in batches the backend accepts; stops at the first failure. */
export async function tagEpicsInBatches(issueKeys: readonly string[], workType: WorkType): Promise<TagOutcome> {
  const updated: string[] = [];
  for (let start = 0; start < issueKeys.length; start += EPICS_PER_CALL) {
    const result = await callResolver('epics/tag', { issueKeys: issueKeys.slice(start, start + EPICS_PER_CALL), workType });
    if (!result.ok) return { ok: false, error: result.error, updated };
    updated.push(...result.data.updated);
  }
  return { ok: true, updated };
}
