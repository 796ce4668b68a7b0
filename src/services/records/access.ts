import type { Caller } from '../../resolvers/context';
import type { Audit } from '../../storage/stores';

/** Who saves and when, as stored on the record and in a risk's history. */
export function auditOf(caller: Caller, now: Date): Audit {
  return { accountId: caller.accountId, at: now.toISOString() };
}
