/**
 * JSON text for the generated files, laid out as the sample fixtures are (one-space indent), with
 * point figures written as floats (`10.0`) as in sample-site.expected.json.
 */
import type { ExpectedFigures, SiteFixtureJson } from './fixture-types';

/** One issue as it sits in the document's `issues` array: two levels deep, so two spaces more per line. */
function issueText(issue: SiteFixtureJson['issues'][number]): string {
  return `  ${JSON.stringify(issue, null, 1).replace(/\n/g, '\n  ')}`;
}

/**
 * The fixture's text in pieces, byte for byte what `JSON.stringify(fixture, null, 1)` and a newline
 * give, so that a large site can be written without one string holding it all (V8 caps a string
 * near 512 MB). Relies on `issues` being the document's last key, as `writeFixture` builds it.
 */
export function* fixtureChunks(fixture: SiteFixtureJson): Generator<string> {
  const { issues, ...rest } = fixture;
  const head = JSON.stringify({ ...rest, issues: [] }, null, 1);
  if (issues.length === 0 || !head.endsWith('"issues": []\n}')) {
    yield `${JSON.stringify(fixture, null, 1)}\n`;
    return;
  }
  yield `${head.slice(0, -'[]\n}'.length)}[\n`;
  for (const [n, issue] of issues.entries()) yield `${issueText(issue)}${n === issues.length - 1 ? '\n' : ',\n'}`;
  yield ' ]\n}\n';
}

export function formatFixture(fixture: SiteFixtureJson): string {
  return [...fixtureChunks(fixture)].join('');
}

const POINT_KEYS = /^(\s*"(?:points|committed|completed|velocity)": )(-?\d+)(,?)$/gm;

export function formatExpected(expected: ExpectedFigures): string {
  return `${JSON.stringify(expected, null, 1).replace(POINT_KEYS, '$1$2.0$3')}\n`;
}
