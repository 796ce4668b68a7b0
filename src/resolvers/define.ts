import type { z } from 'zod';
import { JiraError, JiraNotFoundError, JiraForbiddenError, JiraRateLimitedError } from '../jira/errors';
import type { JiraClient } from '../jira/client';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../services/errors';
import { ProjectNotFoundError } from '../services/rollup';
import { UnreadableRecordsError } from '../storage/recordTable';
import { SnapshotDataError } from '../storage/snapshots/codec';
import type { ResolverError, ResolverResult } from '../shared/result';
import type { ReadingDependencies } from '../services/snapshots/productTab';
import type { RefreshQueue } from '../services/snapshots/requests';
import type { SnapshotStore } from '../storage/snapshots/snapshotStore';
import type { RecordStores } from '../storage/stores';
import { callerFrom, type Caller } from './context';

/** What resolvers need from the platform: Forge's in production, local stand-ins under `npm start`. */
export interface AppDependencies {
  /** Jira as the calling user, so Jira applies their permissions. */
  jiraFor: (caller: Caller) => JiraClient;
  /** Jira as the app, for background refreshes only: it sees everything, so nothing it reads is shown unfiltered. */
  jiraAsApp: () => JiraClient;
  stores: RecordStores;
  snapshots: SnapshotStore;
  refreshQueue: RefreshQueue;
  /** The current instant; injectable so tests are exact. */
  now: () => Date;
  /** How long after an event a refresh surely sees it (the local queue shrinks time, so it shrinks this too). */
  refreshCoverMarginMs?: number;
}

export interface ResolverRequest {
  payload: unknown;
  context: unknown;
}

export type ResolverFunction = (request: ResolverRequest) => Promise<ResolverResult<unknown>>;

export interface ResolverInput<P> {
  payload: P;
  caller: Caller;
  deps: AppDependencies;
}

function fieldOf(issue: z.core.$ZodIssue | undefined): string {
  return issue === undefined || issue.path.length === 0 ? 'payload' : issue.path.map(String).join('.');
}

/** Turns any thrown error into the result code the UI understands; unexpected ones are logged. */
export function toResolverError(error: unknown): ResolverError {
  if (error instanceof ValidationError) return { code: 'VALIDATION', message: error.message, field: error.field };
  if (error instanceof ConflictError) return { code: 'CONFLICT', message: error.message, current: error.current };
  if (error instanceof ForbiddenError || error instanceof JiraForbiddenError) return { code: 'FORBIDDEN', message: error.message };
  if (error instanceof NotFoundError || error instanceof ProjectNotFoundError || error instanceof JiraNotFoundError) {
    return { code: 'NOT_FOUND', message: error.message };
  }
  if (error instanceof JiraRateLimitedError) return { code: 'UPSTREAM', message: 'Jira is busy (rate limited); try again in a minute' };
  if (error instanceof JiraError) return { code: 'UPSTREAM', message: `Jira could not answer: ${error.message}` };
  if (error instanceof UnreadableRecordsError) {
    console.error('Unreadable records', error);
    return { code: 'INTERNAL', message: error.message };
  }
  if (error instanceof SnapshotDataError) {
    console.error('Unreadable snapshot', error);
    return { code: 'INTERNAL', message: `${error.message}; press Refresh to rebuild this product's figures` };
  }
  console.error('Unexpected resolver failure', error);
  return { code: 'INTERNAL', message: 'Something went wrong in Product Lens; try again, and tell your Jira admin if it keeps happening' };
}

/**
 * A thin resolver: validate the payload with `schema` → run (which authorises, then calls one service)
 * → `{ ok: true, data }`, or `{ ok: false, error }` for any failure.
 */
export function defineResolver<S extends z.ZodType, D>(
  schema: S,
  run: (input: ResolverInput<z.output<S>>) => Promise<D>,
): (deps: AppDependencies) => ResolverFunction {
  return (deps) => async (request) => {
    try {
      const caller = callerFrom(request.context);
      const parsed = schema.safeParse(request.payload ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return { ok: false, error: { code: 'VALIDATION', message: `${fieldOf(issue)}: ${issue?.message ?? 'invalid'}`, field: fieldOf(issue) } };
      }
      return { ok: true, data: await run({ payload: parsed.data, caller, deps }) };
    } catch (error) {
      return { ok: false, error: toResolverError(error) };
    }
  };
}

/** What the snapshot-reading services need of the app's dependencies. */
export function readingOf(deps: AppDependencies): ReadingDependencies {
  return { snapshots: deps.snapshots, queue: deps.refreshQueue, now: deps.now };
}
