import { z } from 'zod';
import type { createResolverHandler } from '../../src/resolvers/registry';

type ResolverHandler = ReturnType<typeof createResolverHandler>;

/** `POST /__bridge/invoke`: what the bridge stand-in sends for `invoke(key, payload)`. */
const invokeRequestSchema = z.object({
  key: z.string().min(1, 'expected the resolver key, e.g. figures/get'),
  payload: z.record(z.string(), z.unknown()).default({}),
  context: z.looseObject({
    accountId: z.string().min(1, 'expected the acting Atlassian account id'),
    extension: z.record(z.string(), z.unknown()).optional(),
  }),
});

/**
 * The largest invoke body Forge takes: invoke calls reach Forge through its GraphQL gateway, whose
 * request limit is 5,242,880 bytes (5 MiB), as reported on Atlassian's developer community
 * (https://community.developer.atlassian.com/t/improving-support-for-long-running-tasks-in-forge/69646;
 * https://developer.atlassian.com/platform/forge/limits-invocation lists the other invocation limits).
 * The local host refuses what Forge would refuse, and accepts what Forge would accept.
 */
export const FORGE_INVOKE_MAX_BYTES = 5 * 1024 * 1024;

export interface BridgeReply {
  status: number;
  body: unknown;
}

function failure(status: number, message: string): BridgeReply {
  return { status, body: { ok: false, error: { code: status === 404 ? 'NOT_FOUND' : 'VALIDATION', message } } };
}

/** The answer to a body over Forge's limit: 413, in the same JSON shape as every other refusal. */
export function bodyTooLarge(bytes: number): BridgeReply {
  const size = (bytes / (1024 * 1024)).toFixed(1);
  return failure(413, `The request body is ${size} MiB (${bytes} bytes); Forge takes at most ${FORGE_INVOKE_MAX_BYTES} bytes (5 MiB) per invoke`);
}

/**
 * Calls the app's Forge handler exactly as Forge does: the function key and payload in `call`, the
 * frame's context in `context`, and the invoking user as the runtime's principal (which
 * `@forge/resolver` copies into `context.accountId`). The resolver's own result is the reply.
 */
export async function invokeResolver(handler: ResolverHandler, bodyText: string): Promise<BridgeReply> {
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return failure(400, 'The request body is not JSON; expected {"key", "payload", "context"}');
  }
  const parsed = invokeRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failure(400, `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
  }
  const { key, payload, context } = parsed.data;
  try {
    const result = await handler({ call: { functionKey: key, payload }, context }, { principal: { accountId: context.accountId } });
    return { status: 200, body: result };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // @forge/resolver throws for a key nothing defines; Forge reports that as a failed invocation.
    if (message.includes('has no definition')) return failure(404, `No resolver is defined for key '${key}'`);
    throw error;
  }
}
