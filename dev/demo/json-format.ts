/**
 * JSON text for the generated files, laid out as the sample fixtures are (one-space indent), with
 * point figures written as floats (`10.0`) as in sample-site.expected.json.
 */
import type { ExpectedFigures, SiteFixtureJson } from './fixture-types';

export function formatFixture(fixture: SiteFixtureJson): string {
  return `${JSON.stringify(fixture, null, 1)}\n`;
}

const POINT_KEYS = /^(\s*"(?:points|committed|completed|velocity)": )(-?\d+)(,?)$/gm;

export function formatExpected(expected: ExpectedFigures): string {
  return `${JSON.stringify(expected, null, 1).replace(POINT_KEYS, '$1$2.0$3')}\n`;
}
