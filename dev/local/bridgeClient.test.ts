import { runInNewContext } from 'node:vm';
import { z } from 'zod';
import { BRIDGE_CLIENT_SCRIPT } from './bridgeClient';

const bridgeSchema = z.object({ callBridge: z.function({ input: [z.string(), z.unknown()], output: z.unknown() }) });
const historySchema = z.object({
  location: z.object({ pathname: z.string() }),
  push: z.function({ input: [z.string()], output: z.unknown() }),
  // history v4's listener: (location, action), as @forge/bridge's createHistory expects.
  listen: z.function({ input: [z.function({ input: [z.object({ pathname: z.string() }), z.string()], output: z.unknown() })], output: z.unknown() }),
});
const ORIGIN = 'http://localhost:3000';

type Listener = (event: { origin: string; data: unknown }) => void;

/**
 * Runs the script as the Product tab's frame would, in a window of its own that is its own parent (no
 * resize reports), under a host page (`top`) at `hostPath` that records what the frame posts and pushes.
 */
function bridgeInFrame(hostPath = '/projects/PAY/product') {
  const posted: unknown[] = [];
  const pushed: string[] = [];
  const messageListeners: Listener[] = [];
  const top = {
    location: { pathname: hostPath, search: '', hash: '' },
    history: {
      state: null,
      length: 1,
      pushState: (_state: unknown, _title: string, url: string) => {
        pushed.push(url);
        top.location.pathname = url;
      },
    },
    addEventListener: () => undefined,
    postMessage: (message: unknown) => posted.push(message),
  };
  const context = { accountId: '557058:abc', moduleKey: 'product-page', extension: { project: { key: 'PAY' } } };
  const window: Record<string, unknown> = {
    __PRODUCT_LENS_FRAME__: { resource: 'product-page', context },
    location: { search: '', origin: ORIGIN },
    top,
    addEventListener: (type: string, listener: Listener) => {
      if (type === 'message') messageListeners.push(listener);
    },
  };
  window['parent'] = window;
  const document = { addEventListener: () => undefined, activeElement: null };
  runInNewContext(BRIDGE_CLIENT_SCRIPT, { window, document, URLSearchParams });
  const deliver = (data: unknown) => messageListeners.forEach((listener) => listener({ origin: ORIGIN, data }));
  return { bridge: bridgeSchema.parse(window['__bridge']), posted, pushed, deliver };
}

describe('the bridge stand-in', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'nope'])(
    'returns a rejection naming the command when the command is %s',
    async (command) => {
      await expect(Promise.resolve(bridgeInFrame().bridge.callBridge(command, {}))).rejects.toThrow(`does not implement "${command}"`);
    },
  );

  it("returns the app's own path from the page's address, and moves the address when the app pushes", async () => {
    const { bridge, pushed } = bridgeInFrame('/projects/PAY/product/risks');
    const history = historySchema.parse(await bridge.callBridge('createHistory', undefined));
    expect(history.location.pathname).toBe('/risks');
    const seen: string[] = [];
    history.listen((location, action) => seen.push(`${action} ${location.pathname}`));
    history.push('/roadmap');
    history.push('/');
    expect(pushed).toEqual(['/projects/PAY/product/roadmap', '/projects/PAY/product']);
    expect(seen).toEqual(['PUSH /roadmap', 'PUSH /']);
  });

  it("returns the opener's onClose with the dialog's payload when the host reports the modal closed", async () => {
    const { bridge, posted, deliver } = bridgeInFrame();
    const closed: unknown[] = [];
    const onClose = (payload: unknown) => closed.push(payload);
    await expect(Promise.resolve(bridge.callBridge('openModal', { size: 'large', context: { request: { dialog: 'delete' } }, onClose }))).resolves.toBe(true);
    const open = z
      .object({ type: z.literal('product-lens:open-modal'), key: z.string(), settings: z.object({ size: z.literal('large'), context: z.unknown() }) })
      .parse(posted[0]);
    expect(open.settings.context).toEqual({ request: { dialog: 'delete' } });
    deliver({ type: 'product-lens:modal-closed', key: 'another-modal', payload: { changed: true } });
    expect(closed).toEqual([]);
    deliver({ type: 'product-lens:modal-closed', key: open.key, payload: { changed: true } });
    expect(closed).toEqual([{ changed: true }]);
  });

  it("returns a rejection naming the resource when a modal asks for another module's resource", async () => {
    const { bridge, posted } = bridgeInFrame();
    await expect(Promise.resolve(bridge.callBridge('openModal', { resource: 'portfolio-page', onClose: () => undefined }))).rejects.toThrow('"portfolio-page"');
    expect(posted).toEqual([]);
  });
});
