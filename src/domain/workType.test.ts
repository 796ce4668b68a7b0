import { epic, story } from '../../test/builders';
import { epicOf, resolveWorkType, workTypeFromLabels, workTypeFromProperty } from './workType';

describe('workTypeFromProperty', () => {
  it('returns the work type when the property holds a known one', () => {
    expect(workTypeFromProperty({ workType: 'risk' })).toBe('risk');
  });

  it('returns null when the property is absent, malformed or names an unknown type', () => {
    expect(workTypeFromProperty(undefined)).toBeNull();
    expect(workTypeFromProperty('risk')).toBeNull();
    expect(workTypeFromProperty({ workType: 'Risk' })).toBeNull();
    expect(workTypeFromProperty({ type: 'risk' })).toBeNull();
  });
});

describe('workTypeFromLabels', () => {
  it('returns the first matching label in Jira order, case-insensitively', () => {
    expect(workTypeFromLabels(['okr-2026', 'Defect', 'feature'])).toBe('defect');
  });

  it('maps tech-debt to debt', () => {
    expect(workTypeFromLabels(['Tech-Debt'])).toBe('debt');
  });

  it('returns null when no label names a work type', () => {
    expect(workTypeFromLabels(['customer', 'q3'])).toBeNull();
    expect(workTypeFromLabels([])).toBeNull();
  });
});

describe('resolveWorkType', () => {
  it('returns the property over a label when an issue has both', () => {
    const issue = story({ workTypeProperty: { workType: 'debt' }, labels: ['feature'] });
    expect(resolveWorkType(issue, undefined)).toEqual({ workType: 'debt', source: 'property' });
  });

  it("returns the issue's own property over its epic's tag", () => {
    const issue = story({ workTypeProperty: { workType: 'risk' } });
    expect(resolveWorkType(issue, epic({ workTypeProperty: { workType: 'feature' } })).workType).toBe('risk');
  });

  it("returns the epic's property over the issue's own label", () => {
    const issue = story({ labels: ['defect'] });
    expect(resolveWorkType(issue, epic({ workTypeProperty: { workType: 'feature' } }))).toEqual({
      workType: 'feature',
      source: 'epic-property',
    });
  });

  it("returns the epic's label when the epic has no property", () => {
    expect(resolveWorkType(story(), epic({ labels: ['Risk'] }))).toEqual({ workType: 'risk', source: 'epic-label' });
  });

  it("returns the issue's own label when its epic is untagged", () => {
    expect(resolveWorkType(story({ labels: ['debt'] }), epic()).workType).toBe('debt');
  });

  it('returns defect for an untagged Bug', () => {
    expect(resolveWorkType(story({ issueTypeName: 'Bug' }), undefined)).toEqual({ workType: 'defect', source: 'issue-type' });
  });

  it('returns untagged for an untagged sub-task of type Bug, because rule 3 is for standard issues only', () => {
    expect(resolveWorkType(story({ hierarchyLevel: -1, issueTypeName: 'Bug' }), undefined).workType).toBe('untagged');
  });

  it('returns untagged for an epic with only a label-less parent, since epics do not inherit', () => {
    expect(resolveWorkType(epic(), epic({ workTypeProperty: { workType: 'risk' } }))).toEqual({ workType: 'untagged', source: 'none' });
  });

  it('returns untagged when nothing tags the issue', () => {
    expect(resolveWorkType(story(), undefined)).toEqual({ workType: 'untagged', source: 'none' });
  });
});

describe('epicOf', () => {
  const theEpic = epic({ key: 'PAY-100' });
  const parentStory = story({ key: 'PAY-2', parent: { key: 'PAY-100', hierarchyLevel: 1 } });
  const find = (key: string) => [theEpic, parentStory].find((issue) => issue.key === key);

  it("returns a standard issue's epic parent", () => {
    expect(epicOf(parentStory, find)).toBe(theEpic);
  });

  it("returns a sub-task's parent's epic", () => {
    const subtask = story({ key: 'PAY-3', hierarchyLevel: -1, parent: { key: 'PAY-2', hierarchyLevel: 0 } });
    expect(epicOf(subtask, find)).toBe(theEpic);
  });

  it('returns undefined when the issue has no parent or the epic is not visible', () => {
    expect(epicOf(story(), find)).toBeUndefined();
    expect(epicOf(story({ parent: { key: 'OTHER-9', hierarchyLevel: 1 } }), find)).toBeUndefined();
  });
});
