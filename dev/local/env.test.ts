import path from 'node:path';
import { DEFAULT_PORT, readSettings } from './env';

describe('readSettings', () => {
  it('returns the demo site, port 3000 and .product-lens-state when nothing is set', () => {
    expect(readSettings({}, '/repo')).toEqual({ fixturePath: undefined, port: DEFAULT_PORT, stateDir: path.join('/repo', '.product-lens-state') });
  });

  it('returns the named fixture, port and state directory when all three are set', () => {
    const settings = readSettings({ SITE_FIXTURE: '/tmp/site.json', PORT: '4100', PRODUCT_LENS_STATE: '/tmp/state' }, '/repo');
    expect(settings).toEqual({ fixturePath: '/tmp/site.json', port: 4100, stateDir: '/tmp/state' });
  });

  it('throws naming PORT when it is not a whole number in range', () => {
    expect(() => readSettings({ PORT: 'abc' })).toThrow('PORT: expected a whole number from 0 to 65535, got "abc"');
    expect(() => readSettings({ PORT: '70000' })).toThrow('PORT: expected a whole number from 0 to 65535, got 70000');
  });

  it('throws naming SITE_FIXTURE when it is set but empty', () => {
    expect(() => readSettings({ SITE_FIXTURE: ' ' })).toThrow('SITE_FIXTURE: is set but empty');
  });
});
