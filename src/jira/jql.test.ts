import { jqlString } from './jql';

describe('jqlString', () => {
  it('returns the value in double quotes', () => {
    expect(jqlString('PAY')).toBe('"PAY"');
  });

  it('escapes quotes and backslashes so the value cannot end the literal', () => {
    expect(jqlString('A" OR project = "B')).toBe('"A\\" OR project = \\"B"');
    expect(jqlString('back\\slash')).toBe('"back\\\\slash"');
  });
});
