import type { JqlQuery, Operand, Operator, OrderItem, SingleOperand, WhereNode } from './ast';
import { TokenCursor } from './cursor';
import { JqlError } from './errors';
import { tokenize } from './lexer';

const RESERVED_WORDS = new Set(['and', 'or', 'not', 'in', 'is', 'order', 'by', 'asc', 'desc', 'empty', 'null']);
const OPERATOR_HINT = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

/**
 * Recursive-descent parser:
 *   query   := [orExpr] [ORDER BY field [ASC|DESC] (, field [ASC|DESC])*]
 *   orExpr  := andExpr (OR andExpr)*;  andExpr := unary (AND unary)*
 *   unary   := NOT unary | '(' orExpr ')' | clause
 * Keywords are case-insensitive.
 */
class Parser extends TokenCursor {
  parse(): JqlQuery {
    const where = this.atEnd() || this.isWord('order') ? null : this.orExpr();
    if (!this.isWord('order')) {
      if (!this.atEnd()) throw this.expected("either 'OR' or 'AND'");
      return { where, orderBy: [] };
    }
    const orderBy = this.orderBy();
    if (!this.atEnd()) throw this.expected("either ',' or the end of the query");
    return { where, orderBy };
  }

  private orExpr(): WhereNode {
    const children = [this.andExpr()];
    while (this.isWord('or')) {
      this.index += 1;
      children.push(this.andExpr());
    }
    return children.length === 1 && children[0] ? children[0] : { kind: 'or', children };
  }

  private andExpr(): WhereNode {
    const children = [this.unary()];
    while (this.isWord('and')) {
      this.index += 1;
      children.push(this.unary());
    }
    return children.length === 1 && children[0] ? children[0] : { kind: 'and', children };
  }

  private unary(): WhereNode {
    if (this.isWord('not')) {
      this.index += 1;
      return { kind: 'not', child: this.unary() };
    }
    if (this.peek().type === '(') {
      this.index += 1;
      const inner = this.orExpr();
      this.expect(')');
      return inner;
    }
    return this.clause();
  }

  private clause(): WhereNode {
    const offset = this.peek().offset;
    const field = this.fieldName();
    const operator = this.operator();
    const operand = operator === 'is' || operator === 'is not' ? this.emptyOperand() : this.operand(operator);
    return { kind: 'clause', field, operator, operand, offset };
  }

  private fieldName(): string {
    const token = this.peek();
    if (token.type === 'string' || (token.type === 'word' && !RESERVED_WORDS.has(token.text.toLowerCase()))) {
      this.index += 1;
      return token.text;
    }
    throw this.expected('a field name');
  }

  private operator(): Operator {
    const token = this.peek();
    if (token.type === 'operator') {
      this.index += 1;
      return token.text;
    }
    const words = this.upcomingWords(2);
    if (words[0] === 'in') return this.take(1, 'in');
    if (words[0] === 'not' && words[1] === 'in') return this.take(2, 'not in');
    if (words[0] === 'is' && words[1] === 'not') return this.take(2, 'is not');
    if (words[0] === 'is') return this.take(1, 'is');
    throw this.expected('operator', OPERATOR_HINT);
  }

  private emptyOperand(): Operand {
    const token = this.peek();
    if (token.type === 'word' && (this.isWord('empty') || this.isWord('null'))) {
      this.index += 1;
      return { kind: 'empty', offset: token.offset };
    }
    throw this.expected("'EMPTY' or 'NULL'");
  }

  private operand(operator: Operator): Operand {
    const token = this.peek();
    if (token.type !== '(') return this.single();
    if (operator !== 'in' && operator !== 'not in') {
      throw new JqlError(`The operator '${operator}' does not support the list value; use 'in' or 'not in'.`);
    }
    this.index += 1;
    const items = [this.single()];
    while (this.peek().type === ',') {
      this.index += 1;
      items.push(this.single());
    }
    this.expect(')');
    return { kind: 'list', items, offset: token.offset };
  }

  private single(): SingleOperand {
    const token = this.peek();
    if (token.type === 'string') {
      this.index += 1;
      return { kind: 'value', text: token.text, offset: token.offset };
    }
    if (token.type !== 'word') throw this.expected('either a value, list or function');
    const lower = token.text.toLowerCase();
    this.index += 1;
    if (lower === 'empty' || lower === 'null') return { kind: 'empty', offset: token.offset };
    if (this.peek().type === '(') return { kind: 'function', name: token.text, args: this.functionArgs(), offset: token.offset };
    if (RESERVED_WORDS.has(lower)) {
      this.index -= 1;
      throw this.expected('either a value, list or function');
    }
    return { kind: 'value', text: token.text, offset: token.offset };
  }

  private functionArgs(): string[] {
    this.expect('(');
    const args: string[] = [];
    while (this.peek().type !== ')') {
      const token = this.peek();
      if (token.type !== 'word' && token.type !== 'string') throw this.expected("a function argument or ')'");
      args.push(token.text);
      this.index += 1;
      if (this.peek().type === ',') this.index += 1;
    }
    this.index += 1;
    return args;
  }

  private orderBy(): OrderItem[] {
    this.index += 1;
    if (!this.isWord('by')) throw this.expected("'BY'");
    this.index += 1;
    const items = [this.orderItem()];
    while (this.peek().type === ',') {
      this.index += 1;
      items.push(this.orderItem());
    }
    return items;
  }

  private orderItem(): OrderItem {
    const field = this.fieldName();
    if (this.isWord('asc') || this.isWord('desc')) {
      const direction = this.isWord('asc') ? 'ASC' : 'DESC';
      this.index += 1;
      return { field, direction };
    }
    return { field, direction: 'ASC' };
  }
}

/** Parses a JQL query into its syntax tree; throws a JqlError with Jira's wording on bad syntax. */
export function parseJql(source: string): JqlQuery {
  return new Parser(source, tokenize(source)).parse();
}
