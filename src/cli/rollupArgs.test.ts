import { parseRollupArgs, UsageError } from './rollupArgs';

describe('parseRollupArgs', () => {
  it('returns a fixture project rollup with 12 months, JSON and no verification by default', () => {
    expect(parseRollupArgs(['--fixture', 'site.json', '--project', 'PAY'])).toEqual({
      source: { kind: 'fixture', file: 'site.json', accountId: undefined },
      scope: { kind: 'project', key: 'PAY' },
      months: 12,
      verify: false,
      maxWaitSeconds: 300,
      format: 'json',
    });
  });

  it('returns verify when --verify is given', () => {
    expect(parseRollupArgs(['--fixture', 'site.json', '--portfolio', '--verify']).verify).toBe(true);
  });

  it('returns a real-site portfolio rollup when given site credentials', () => {
    const args = parseRollupArgs(['--site', 'https://acme.atlassian.net', '--email', 'a@b.c', '--token', 't', '--portfolio', '--months', '6']);
    expect(args.source).toEqual({ kind: 'site', url: 'https://acme.atlassian.net', email: 'a@b.c', token: 't' });
    expect(args.scope).toEqual({ kind: 'portfolio' });
    expect(args.months).toBe(6);
  });

  it('returns the wait budget asked for with --max-wait, 0 included', () => {
    expect(parseRollupArgs(['--fixture', 'f.json', '--portfolio', '--max-wait', '45']).maxWaitSeconds).toBe(45);
    expect(parseRollupArgs(['--fixture', 'f.json', '--portfolio', '--max-wait', '0']).maxWaitSeconds).toBe(0);
  });

  it.each([
    [['--fixture', 'f.json'], 'give --project KEY or --portfolio'],
    [['--fixture', 'f.json', '--project', 'PAY', '--portfolio'], 'not both'],
    [['--project', 'PAY'], 'give --fixture FILE or --site URL'],
    [['--fixture', 'f.json', '--site', 'https://x.atlassian.net', '--portfolio'], 'either --fixture or --site'],
    [['--site', 'https://x.atlassian.net', '--portfolio'], '--site needs --email and --token'],
    [['--site', 'x', '--email', 'e', '--token', 't', '--portfolio'], '--site must be a URL'],
    [['--fixture', 'f.json', '--portfolio', '--months', '0'], '--months must be a whole number from 1 to 60'],
    [['--fixture', 'f.json', '--portfolio', '--months', 'twelve'], "got 'twelve'"],
    [['--fixture', 'f.json', '--project', 'pay'], 'Jira project key'],
    [['--fixture', 'f.json', '--portfolio', '--max-wait=-5'], "--max-wait must be a whole number of seconds from 0 to 3600, got '-5'"],
    [['--fixture', 'f.json', '--portfolio', '--max-wait', '1.5'], "got '1.5'"],
    [['--fixture', 'f.json', '--portfolio', '--max-wait', '3601'], "got '3601'"],
    [['--fixture', 'f.json', '--portfolio', '--colour'], "Unknown option '--colour'"],
    [['--fixture', 'f.json', '--portfolio', 'extra'], 'extra'],
  ])('throws a usage error naming the problem for %j', (argv, message) => {
    expect(() => parseRollupArgs(argv)).toThrow(UsageError);
    expect(() => parseRollupArgs(argv)).toThrow(message);
  });

  it.each([
    [['--fixture', 'f.json', '--project', 'PAY', '--project', 'GRT'], "--project is given 2 times ('PAY', 'GRT'); give it once"],
    [['--fixture', 'f.json', '--project', 'PAY', '--project', 'PAY'], "--project is given 2 times ('PAY', 'PAY'); give it once"],
    [['--fixture', 'a.json', '--fixture=b.json', '--portfolio'], "--fixture is given 2 times ('a.json', 'b.json'); give it once"],
    [['--fixture', 'f.json', '--portfolio', '--portfolio'], '--portfolio is given 2 times; give it once'],
    [['--fixture', 'f.json', '--portfolio', '--months', '3', '--months', '6', '--months', '9'], "--months is given 3 times ('3', '6', '9'); give it once"],
  ])('throws a usage error naming the flag when %j repeats it', (argv, message) => {
    expect(() => parseRollupArgs(argv)).toThrow(new UsageError(message));
  });
});
