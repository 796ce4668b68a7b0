import type { FixtureIssue } from '../fixture';
import type { Clause, Operand, Operator, SingleOperand, WhereNode } from './ast';
import { parseJqlDate } from './dates';
import { JqlError } from './errors';
import { EMPTY_VALUE, KNOWN_FUNCTIONS, fieldNamed } from './fields';
import type { DateField, FieldDef, JqlContext, SetField } from './fieldTypes';

export type Predicate = (issue: FixtureIssue) => boolean;

type Comparison = '<' | '<=' | '>' | '>=';
const COMPARE: Readonly<Record<Comparison, (a: number, b: number) => boolean>> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/**
 * Compiles a WHERE tree into a predicate. Every value is resolved here, before any issue is looked at,
 * so a query naming a missing project fails even when no issue would have matched.
 */
export function compileWhere(node: WhereNode, ctx: JqlContext): Predicate {
  if (node.kind === 'clause') return compileClause(node, ctx);
  if (node.kind === 'not') {
    const inner = compileWhere(node.child, ctx);
    return (issue) => !inner(issue);
  }
  const parts = node.children.map((child) => compileWhere(child, ctx));
  return node.kind === 'and' ? (issue) => parts.every((p) => p(issue)) : (issue) => parts.some((p) => p(issue));
}

function compileClause(clause: Clause, ctx: JqlContext): Predicate {
  const field = fieldNamed(clause.field, ctx);
  if (clause.operator === '~' || clause.operator === '!~') throw unsupported(clause.operator, clause.field);
  return field.kind === 'date' ? compileDate(field, clause, ctx) : compileSet(field, clause, ctx);
}

function unsupported(operator: Operator, written: string): JqlError {
  return new JqlError(`The operator '${operator}' is not supported by the '${written}' field.`);
}

function isComparison(operator: Operator): operator is Comparison {
  return operator === '<' || operator === '<=' || operator === '>' || operator === '>=';
}

function singleValue(operand: Operand, clause: Clause): string {
  if (operand.kind === 'value') return operand.text;
  throw new JqlError(`The operator '${clause.operator}' needs a single value for the field '${clause.field}'.`);
}

/** `=`/`in` match any wanted value; `!=`/`not in` never match an empty field, as in Jira. */
function membership(operator: Operator, wanted: ReadonlySet<string>, values: (issue: FixtureIssue) => readonly string[]): Predicate {
  const positive = operator === '=' || operator === 'in';
  return (issue) => {
    const current = values(issue);
    if (current.length === 0) return positive && wanted.has(EMPTY_VALUE);
    const hit = current.some((value) => wanted.has(value));
    return positive ? hit : !hit;
  };
}

function emptiness(operator: Operator, values: (issue: FixtureIssue) => readonly unknown[]): Predicate {
  return operator === 'is' ? (issue) => values(issue).length === 0 : (issue) => values(issue).length > 0;
}

function compileSet(field: SetField, clause: Clause, ctx: JqlContext): Predicate {
  const values = (issue: FixtureIssue): readonly string[] => field.values(issue, ctx);
  const { operator } = clause;
  if (operator === 'is' || operator === 'is not') return emptiness(operator, values);
  if (isComparison(operator)) {
    if (!field.rank) throw unsupported(operator, clause.field);
    const { ofIssue, ofLiteral } = field.rank;
    const literal = ofLiteral(singleValue(clause.operand, clause), clause.field);
    const test = COMPARE[operator];
    return (issue) => {
      const rank = ofIssue(issue);
      return rank.group === literal.group && test(rank.value, literal.value);
    };
  }
  const wanted = new Set(items(clause.operand).flatMap((item) => resolveItem(item, field, clause.field, ctx)));
  return membership(operator, wanted, values);
}

function items(operand: Operand): readonly SingleOperand[] {
  return operand.kind === 'list' ? operand.items : [operand];
}

function resolveItem(item: SingleOperand, field: FieldDef, written: string, ctx: JqlContext): readonly string[] {
  if (item.kind === 'empty') return [EMPTY_VALUE];
  if (item.kind === 'value') return field.kind === 'set' ? field.resolve(item.text, written, ctx) : [];
  const name = item.name.toLowerCase();
  if (!KNOWN_FUNCTIONS.has(name)) throw new JqlError(`Unable to find JQL function '${item.name}(${item.args.join(', ')})'.`);
  const call = field.kind === 'set' ? field.functions?.[name] : undefined;
  if (!call) throw new JqlError(`The function '${item.name}' is not supported by the field '${written}'.`);
  if (item.args.length > 0) throw new JqlError(`Function '${item.name}' expected '0' arguments but got '${item.args.length}'.`);
  return call(ctx);
}

function compileDate(field: DateField, clause: Clause, ctx: JqlContext): Predicate {
  const { operator } = clause;
  const instants = (issue: FixtureIssue): readonly number[] => {
    const value = field.value(issue);
    return value === null ? [] : [value];
  };
  if (operator === 'is' || operator === 'is not') return emptiness(operator, instants);
  const toInstant = (text: string): number => parseJqlDate(text, ctx.view.timeZone, clause.field);
  if (isComparison(operator)) {
    const literal = toInstant(singleValue(clause.operand, clause));
    const test = COMPARE[operator];
    return (issue) => {
      const value = field.value(issue);
      return value !== null && test(value, literal);
    };
  }
  const wanted = new Set(
    items(clause.operand).flatMap((item) => (item.kind === 'value' ? [String(toInstant(item.text))] : resolveItem(item, field, clause.field, ctx))),
  );
  return membership(operator, wanted, (issue) => instants(issue).map(String));
}
