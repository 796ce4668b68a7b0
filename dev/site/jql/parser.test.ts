import type { WhereNode } from './ast';
import { JqlError } from './errors';
import { parseJql } from './parser';

/** A compact rendering of a tree: `(a AND (b OR c))`. */
function show(node: WhereNode | null): string {
  if (node === null) return '∅';
  if (node.kind === 'clause') {
    const operand = node.operand;
    const value =
      operand.kind === 'list'
        ? `(${operand.items.map((i) => (i.kind === 'value' ? i.text : i.kind)).join(',')})`
        : operand.kind === 'value'
          ? operand.text
          : operand.kind === 'function'
            ? `${operand.name}()`
            : 'EMPTY';
    return `${node.field} ${node.operator} ${value}`;
  }
  if (node.kind === 'not') return `NOT ${show(node.child)}`;
  return `(${node.children.map(show).join(node.kind === 'and' ? ' AND ' : ' OR ')})`;
}

describe('parseJql', () => {
  it('returns AND binding tighter than OR when both appear without parentheses', () => {
    expect(show(parseJql('a = 1 OR b = 2 AND c = 3').where)).toBe('(a = 1 OR (b = 2 AND c = 3))');
  });

  it('returns the grouping written when parentheses override precedence', () => {
    expect(show(parseJql('(a = 1 OR b = 2) AND c = 3').where)).toBe('((a = 1 OR b = 2) AND c = 3)');
  });

  it('returns NOT applying to the next unary when followed by AND', () => {
    expect(show(parseJql('NOT a = 1 AND b = 2').where)).toBe('(NOT a = 1 AND b = 2)');
  });

  it('returns each operator when keywords are in any case', () => {
    const clauses = ['a = 1', 'a != 1', 'a > 1', 'a >= 1', 'a < 1', 'a <= 1', 'a iN (1, 2)', 'a NoT in (1)', 'a is EMPTY', 'a IS not null'];
    expect(clauses.map((q) => show(parseJql(q).where))).toEqual([
      'a = 1',
      'a != 1',
      'a > 1',
      'a >= 1',
      'a < 1',
      'a <= 1',
      'a in (1,2)',
      'a not in (1)',
      'a is EMPTY',
      'a is not EMPTY',
    ]);
  });

  it('returns a function operand when a word is followed by parentheses', () => {
    expect(show(parseJql('sprint in openSprints()').where)).toBe('sprint in openSprints()');
  });

  it('returns the order clause with ASC by default when no direction is given', () => {
    expect(parseJql('project = A order by created DESC, key')).toMatchObject({
      orderBy: [
        { field: 'created', direction: 'DESC' },
        { field: 'key', direction: 'ASC' },
      ],
    });
  });

  it('returns no restriction when the query is empty or only orders', () => {
    expect(parseJql('   ').where).toBeNull();
    expect(parseJql('ORDER BY id').where).toBeNull();
  });

  it("throws Jira's operator message when a clause has no operator", () => {
    expect(() => parseJql('project PAY')).toThrow(/^Error in the JQL Query: Expecting operator but got 'PAY'\. The valid operators are/);
  });

  it('throws when the query ends where a value is expected', () => {
    expect(() => parseJql('project = ')).toThrow(
      new JqlError('Error in the JQL Query: Expecting either a value, list or function but got the end of the query.'),
    );
  });

  it('throws when two clauses are not joined by AND or OR', () => {
    expect(() => parseJql('a = 1 b = 2')).toThrow(new JqlError("Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'b'. (line 1, character 7)"));
  });

  it('throws when a parenthesis is not closed', () => {
    expect(() => parseJql('(a = 1')).toThrow(new JqlError("Error in the JQL Query: Expecting ')' but got the end of the query."));
  });

  it('throws when ORDER is not followed by BY', () => {
    expect(() => parseJql('a = 1 ORDER created')).toThrow(/Expecting 'BY' but got 'created'/);
  });

  it('throws when IS is followed by something other than EMPTY or NULL', () => {
    expect(() => parseJql('a is Done')).toThrow(/Expecting 'EMPTY' or 'NULL' but got 'Done'/);
  });

  it('throws when a reserved word stands where a value should be', () => {
    expect(() => parseJql('a = AND')).toThrow(/Expecting either a value, list or function but got 'AND'/);
  });

  it('throws when = is given a list', () => {
    expect(() => parseJql('a = (1, 2)')).toThrow(/The operator '=' does not support the list value/);
  });
});
