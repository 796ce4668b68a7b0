/**
 * JSON text for the generated files, laid out as the sample fixtures are (one-space indent), with
 * point figures written as floats (`10.0`) as in sample-site.expected.json.
 */
import type { SiteFixtureJson } from './fixture-types';
import type { ExpectedFigures } from './expected-types';

/** Issues stringified together: enough to keep calls few, few enough to keep each string small. */
const BATCH = 500;

/**
 * The fixture's text in pieces, byte for byte what `JSON.stringify(fixture, null, 1)` and a newline
 * give, so that a large site can be written without one string holding it all (V8 caps a string
 * near 512 MB). A batch stringified as `{"issues": [...]}` puts its issues at the depth the document
 * does, so each piece is that text without its first two and last two lines. Relies on `issues`
 * being the document's last key, as `writeFixture` builds it.
 */
export function* fixtureChunks(fixture: SiteFixtureJson): Generator<string> {
  const { issues, ...rest } = fixture;
  const head = JSON.stringify({ ...rest, issues: [] }, null, 1);
  if (issues.length === 0 || !head.endsWith('"issues": []\n}')) {
    yield `${JSON.stringify(fixture, null, 1)}\n`;
    return;
  }
  yield `${head.slice(0, -'[]\n}'.length)}[\n`;
  for (let from = 0; from < issues.length; from += BATCH) {
    const text = JSON.stringify({ issues: issues.slice(from, from + BATCH) }, null, 1);
    const body = text.slice('{\n "issues": [\n'.length, -'\n ]\n}'.length);
    yield from + BATCH < issues.length ? `${body},\n` : `${body}\n`;
  }
  yield ' ]\n}\n';
}

export function formatFixture(fixture: SiteFixtureJson): string {
  return [...fixtureChunks(fixture)].join('');
}

const POINT_KEYS = /^(\s*"(?:points|committed|completed|velocity)": )(-?\d+)(,?)$/gm;

export function formatExpected(expected: ExpectedFigures): string {
  return `${JSON.stringify(expected, null, 1).replace(POINT_KEYS, '$1$2.0$3')}\n`;
}
