import { chromiumAvailable, DECISION_ENV, SKIP_MESSAGE } from './chromium';

const MISSING = '/nonexistent/chromium-for-test';

describe('chromiumAvailable', () => {
  let log: jest.SpyInstance;

  beforeEach(() => {
    log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });

  afterEach(() => log.mockRestore());

  it('returns false and prints exactly the one skip line when Chromium is missing off CI', () => {
    expect(chromiumAvailable({}, MISSING)).toBe(false);
    expect(log.mock.calls).toEqual([[SKIP_MESSAGE]]);
    expect(SKIP_MESSAGE).toBe('browser tests skipped: /usr/bin/chromium not found (install it: sudo apt-get install chromium)');
  });

  it('throws naming the missing browser when Chromium is missing on CI', () => {
    expect(() => chromiumAvailable({ CI: 'true' }, MISSING)).toThrow(`${MISSING} is missing on CI`);
    expect(log).not.toHaveBeenCalled();
  });

  it('returns true without printing when the browser exists', () => {
    expect(chromiumAvailable({ CI: 'true' }, process.execPath)).toBe(true);
    expect(log).not.toHaveBeenCalled();
  });

  it('returns the decision of the run without looking again or printing, so the skip line appears once per run', () => {
    expect(chromiumAvailable({ [DECISION_ENV]: 'skip' }, process.execPath)).toBe(false);
    expect(chromiumAvailable({ [DECISION_ENV]: 'run', CI: 'true' }, MISSING)).toBe(true);
    expect(log).not.toHaveBeenCalled();
  });
});
