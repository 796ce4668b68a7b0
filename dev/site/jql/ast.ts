/** The syntax tree of the JQL subset the local site understands. */
export type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

/** One value in a clause: a literal (quoted or bare), EMPTY/NULL, or a function call. */
export type SingleOperand =
  { kind: 'value'; text: string; offset: number } | { kind: 'empty'; offset: number } | { kind: 'function'; name: string; args: string[]; offset: number };

export type Operand = SingleOperand | { kind: 'list'; items: SingleOperand[]; offset: number };

export interface Clause {
  kind: 'clause';
  /** The field as written, for messages. */
  field: string;
  operator: Operator;
  operand: Operand;
  offset: number;
}

export type WhereNode = Clause | { kind: 'and' | 'or'; children: WhereNode[] } | { kind: 'not'; child: WhereNode };

export interface OrderItem {
  field: string;
  direction: 'ASC' | 'DESC';
}

export interface JqlQuery {
  /** null when the query has no restriction (empty, or ORDER BY only). */
  where: WhereNode | null;
  orderBy: OrderItem[];
}
