import { JqlError } from './errors';
import { tokenize } from './lexer';

describe('tokenize', () => {
  it('returns words, operators, strings and punctuation when given a full clause', () => {
    const tokens = tokenize('project in (PAY, "Grants Portal") AND created >= \'2026-01-01\'');
    expect(tokens.map((t) => (t.type === 'word' || t.type === 'string' || t.type === 'operator' ? `${t.type}:${t.text}` : t.type))).toEqual([
      'word:project',
      'word:in',
      '(',
      'word:PAY',
      ',',
      'string:Grants Portal',
      ')',
      'word:AND',
      'word:created',
      'operator:>=',
      'string:2026-01-01',
      'end',
    ]);
  });

  it('returns two-character operators as one token when they are written without spaces', () => {
    expect(tokenize('a!=b').map((t) => t.type)).toEqual(['word', 'operator', 'word', 'end']);
    expect(tokenize('a<=b')[1]).toEqual({ type: 'operator', text: '<=', offset: 1 });
  });

  it('returns an entity property clause as one word when it has brackets and dots', () => {
    expect(tokenize('issue.property[product-work-type].workType = risk')[0]).toEqual({
      type: 'word',
      text: 'issue.property[product-work-type].workType',
      offset: 0,
    });
  });

  it('returns the unescaped text when a string has escapes', () => {
    expect(tokenize('"say \\"hi\\" \\u0041"')[0]).toEqual({ type: 'string', text: 'say "hi" A', offset: 0 });
  });

  it("throws Jira's message with the position when a string is not closed", () => {
    expect(() => tokenize("status = 'Done")).toThrow(
      new JqlError("Error in the JQL Query: The quoted string 'Done' has not been completed. (line 1, character 10)"),
    );
  });

  it("throws Jira's reserved character message when a bare word holds one", () => {
    expect(() => tokenize('labels = a*b')).toThrow(
      new JqlError(
        "Error in the JQL Query: The character '*' is a reserved JQL character. You must enclose it in a string or use the escape '\\u002a' instead. (line 1, character 11)",
      ),
    );
  });

  it('counts lines when the error is on a later line', () => {
    expect(() => tokenize('project = PAY\nAND labels = "x')).toThrow(/\(line 2, character 14\)$/);
  });
});
