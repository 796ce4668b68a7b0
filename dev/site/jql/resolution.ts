import type { FixtureIssue, SiteFixture } from '../fixture';
import { EMPTY_VALUE, required, type SetField } from './fieldTypes';

/**
 * An issue's resolution name. The fixture format carries `resolutiondate` but not always `resolution`,
 * so the name comes from `fields.resolution.name` when present, else from the last resolution change in
 * the changelog; a resolved issue with neither has a resolution whose name is unknown.
 */
export function resolutionNameOf(issue: FixtureIssue): string | null {
  const field = issue.fields['resolution'];
  if (typeof field === 'object' && field !== null && 'name' in field && typeof field.name === 'string') return field.name;
  if (issue.fields.resolutiondate === null) return null;
  const changes = issue.changelog.flatMap((history) => history.items.filter((item) => item.fieldId === 'resolution'));
  return changes[changes.length - 1]?.toString ?? '';
}

/** Resolution names the site has used; the fixture has no list of resolutions. */
function knownResolutions(fixture: SiteFixture): Set<string> {
  const names = new Set<string>();
  for (const issue of fixture.issues) {
    const name = resolutionNameOf(issue);
    if (name) names.add(name.toLowerCase());
    for (const history of issue.changelog) {
      for (const item of history.items) if (item.fieldId === 'resolution' && item.toString) names.add(item.toString.toLowerCase());
    }
  }
  return names;
}

const known = new WeakMap<SiteFixture, Set<string>>();

export const resolutionField: SetField = {
  kind: 'set',
  name: 'resolution',
  values: (issue) => {
    const name = resolutionNameOf(issue);
    return name === null ? [] : [name.toLowerCase()];
  },
  resolve: (text, written, { view }) => {
    const lower = text.toLowerCase();
    if (lower === 'unresolved') return [EMPTY_VALUE];
    const names = known.get(view.fixture) ?? knownResolutions(view.fixture);
    known.set(view.fixture, names);
    return required(names.has(lower) ? [lower] : [], text, written);
  },
  sortKey: (issue) => {
    const name = resolutionNameOf(issue);
    return name === null ? null : [name];
  },
};
