import { runInNewContext } from 'node:vm';
import { z } from 'zod';
import { BRIDGE_CLIENT_SCRIPT } from './bridgeClient';

const bridgeSchema = z.object({ callBridge: z.function({ input: [z.string(), z.unknown()], output: z.unknown() }) });

/** Runs the script as a frame would, in a window of its own that is its own parent (no resize reports). */
function bridgeInFrame(): z.infer<typeof bridgeSchema> {
  const window: Record<string, unknown> = { __PRODUCT_LENS_FRAME__: { context: { accountId: '557058:abc', extension: {} } } };
  window['parent'] = window;
  runInNewContext(BRIDGE_CLIENT_SCRIPT, { window });
  return bridgeSchema.parse(window['__bridge']);
}

describe('the bridge stand-in', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'nope'])(
    'returns a rejection naming the command when the command is %s',
    async (command) => {
      await expect(Promise.resolve(bridgeInFrame().callBridge(command, {}))).rejects.toThrow(`does not implement "${command}"`);
    },
  );
});
