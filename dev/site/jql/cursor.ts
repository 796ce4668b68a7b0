import type { Operator } from './ast';
import { syntaxError, type JqlError } from './errors';
import type { Token } from './lexer';

/** A position in a token list, with the look-ahead and error helpers the parser builds on. */
export class TokenCursor {
  protected index = 0;

  constructor(
    protected readonly source: string,
    protected readonly tokens: readonly Token[],
  ) {}

  protected take(count: number, operator: Operator): Operator {
    this.index += count;
    return operator;
  }

  protected upcomingWords(count: number): string[] {
    return this.tokens.slice(this.index, this.index + count).map((t) => (t.type === 'word' ? t.text.toLowerCase() : ''));
  }

  protected peek(): Token {
    return this.tokens[this.index] ?? { type: 'end', offset: this.source.length };
  }

  protected atEnd(): boolean {
    return this.peek().type === 'end';
  }

  protected isWord(word: string): boolean {
    const token = this.peek();
    return token.type === 'word' && token.text.toLowerCase() === word;
  }

  protected expect(type: ')' | '('): void {
    if (this.peek().type !== type) throw this.expected(`'${type}'`);
    this.index += 1;
  }

  protected expected(what: string, hint = ''): JqlError {
    const token = this.peek();
    const tail = hint === '' ? '' : ` ${hint}`;
    if (token.type === 'end') return syntaxError(this.source, null, `Expecting ${what} but got the end of the query.${tail}`);
    return syntaxError(this.source, token.offset, `Expecting ${what} but got '${describe(token)}'.${tail}`);
  }
}

function describe(token: Token): string {
  return token.type === 'word' || token.type === 'string' || token.type === 'operator' ? token.text : token.type;
}
