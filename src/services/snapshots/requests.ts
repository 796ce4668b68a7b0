import { z } from 'zod';

/** The Forge queue (manifest `consumer.queue`) that carries refresh requests. */
export const REFRESH_QUEUE_KEY = 'product-refresh';

/**
 * One project's refresh, as a queue event body. `full` reads the whole project again; `incremental`
 * reads only what changed since the last refresh (falling back to full when there is no snapshot).
 */
export const refreshRequestSchema = z
  .object({
    projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,254}$/, 'must be a Jira project key'),
    kind: z.enum(['full', 'incremental']),
    /** When the request was made (ISO 8601, the app's clock). */
    requestedAt: z.iso.datetime({ offset: true }),
    /** Issues Jira reported deleted, which no search can return. */
    removedIssueIds: z.array(z.string().regex(/^\d+$/, 'must be an issue id')).max(1000).default([]),
    /** Issues changed in a way `updated` does not show (an entity property set), read again by id. */
    touchedIssueIds: z.array(z.string().regex(/^\d+$/, 'must be an issue id')).max(1000).default([]),
    /** The boards are read again (a person asked for a refresh, or a board may be new). */
    boardsChanged: z.boolean().default(false),
    /** Boards where a sprint started or closed: only their sprints are read again. */
    sprintBoardIds: z.array(z.number().int().positive()).max(100).default([]),
    reason: z.string().max(200),
    /** Known to the daily fan-out, which read the project list: saves each refresh a request. */
    projectName: z.string().min(1).max(255).optional(),
    /** The site's fields and statuses as the fan-out read them once for every project. */
    site: z
      .object({
        sprintFieldId: z.string().nullable(),
        storyPointFieldId: z.string().nullable(),
        statusCategories: z.record(z.string(), z.enum(['new', 'indeterminate', 'done'])),
        fieldNames: z.record(z.string(), z.string()),
        timeZone: z.string().min(1),
        /** Jira's server time less the app's clock when the fan-out read it, in ms. */
        clockOffsetMs: z.number(),
      })
      .strict()
      .optional(),
    /** The project's boards, from the fan-out's one listing of every board of the site. */
    boards: z
      .array(z.object({ id: z.number(), name: z.string(), type: z.string() }).strict())
      .max(500)
      .optional(),
  })
  .strict();

export type RefreshRequest = z.output<typeof refreshRequestSchema>;

/** Parses a queue event body; a bad one is an error naming the field, never a guess. */
export function parseRefreshRequest(body: unknown): RefreshRequest {
  const parsed = refreshRequestSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new RefreshRequestError(`A refresh request is invalid at '${issue?.path.join('.') || 'body'}': ${issue?.message ?? 'invalid'}`);
}

export class RefreshRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefreshRequestError';
  }
}

/**
 * Where refresh requests go: Forge's `@forge/events` Queue in production, the in-process stand-in
 * under `npm start`. `delaySeconds` spreads a fan-out (0–900, Forge's limit).
 */
export interface RefreshQueue {
  push(requests: readonly { request: RefreshRequest; delaySeconds?: number }[]): Promise<void>;
}

/** What a refresh request may say beyond its project, kind and reason. */
export type RequestChange = Partial<Pick<RefreshRequest, 'removedIssueIds' | 'touchedIssueIds' | 'boardsChanged' | 'sprintBoardIds'>>;

/** A refresh request made at `at`; it names no issue or board unless `change` does. */
export function refreshRequest(projectKey: string, kind: RefreshRequest['kind'], at: Date, reason: string, change: RequestChange = {}): RefreshRequest {
  return {
    projectKey,
    kind,
    requestedAt: at.toISOString(),
    removedIssueIds: [],
    touchedIssueIds: [],
    boardsChanged: false,
    sprintBoardIds: [],
    reason,
    ...change,
  };
}

/** Forge takes at most 50 events a push and delays of at most 900 s. */
export const EVENTS_PER_PUSH = 50;
export const MAX_DELAY_SECONDS = 900;
