import { invokeResolver } from './bridgeEndpoint';

type Handler = Parameters<typeof invokeResolver>[0];

/** A stand-in for the app's handler that records how it was called. */
function recordingHandler(calls: unknown[][]): Handler {
  return async (...args) => {
    calls.push(args);
    return { ok: true, data: { echoed: true } };
  };
}

const context = { accountId: '557058:abc', extension: { type: 'jira:projectPage', project: { id: '10000', key: 'PAY', type: 'software' } } };

describe('invokeResolver', () => {
  it('calls the handler as Forge does, with the key, payload, context and principal, and replies with its result', async () => {
    const calls: unknown[][] = [];
    const reply = await invokeResolver(recordingHandler(calls), JSON.stringify({ key: 'figures/get', payload: { months: 12 }, context }));
    expect(reply).toEqual({ status: 200, body: { ok: true, data: { echoed: true } } });
    expect(calls).toEqual([[{ call: { functionKey: 'figures/get', payload: { months: 12 } }, context }, { principal: { accountId: '557058:abc' } }]]);
  });

  it('answers 400 naming the field when the context has no account', async () => {
    const reply = await invokeResolver(recordingHandler([]), JSON.stringify({ key: 'figures/get', payload: {}, context: { extension: {} } }));
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'context.accountId: Invalid input: expected string, received undefined' } });
  });

  it('answers 400 when the body is not JSON', async () => {
    expect((await invokeResolver(recordingHandler([]), 'not json')).status).toBe(400);
  });

  it('answers 404 naming the key when no resolver defines it', async () => {
    const throwing: Handler = async () => {
      throw new Error("Resolver has no definition for 'nope/get'.");
    };
    const reply = await invokeResolver(throwing, JSON.stringify({ key: 'nope/get', payload: {}, context }));
    expect(reply).toEqual({ status: 404, body: { ok: false, error: { code: 'NOT_FOUND', message: "No resolver is defined for key 'nope/get'" } } });
  });
});
