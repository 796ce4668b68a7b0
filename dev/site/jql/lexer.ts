import { syntaxError } from './errors';

export type Token =
  | { type: 'word'; text: string; offset: number }
  | { type: 'string'; text: string; offset: number }
  | { type: 'operator'; text: ComparisonSymbol; offset: number }
  | { type: '(' | ')' | ','; offset: number }
  | { type: 'end'; offset: number };

export type ComparisonSymbol = '=' | '!=' | '<' | '<=' | '>' | '>=' | '~' | '!~';

/**
 * Characters of a bare word. `[`, `]` and `.` let `issue.property[product-work-type].workType` be one
 * word; `-` and `:` let issue keys and dates go unquoted, as Jira allows.
 */
const WORD_CHAR = /[\p{L}\p{N}_\-.:[\]/]/u;
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '"': '"', "'": "'", '\\': '\\', ' ': ' ' };

/** Splits a JQL query into tokens; throws Jira's error for an unterminated string or a reserved character. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  while (offset < source.length) {
    const char = source.charAt(offset);
    if (/\s/.test(char)) {
      offset += 1;
    } else if (char === '"' || char === "'") {
      const read = readString(source, offset);
      tokens.push({ type: 'string', text: read.text, offset });
      offset = read.end;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ type: char, offset });
      offset += 1;
    } else {
      const symbol = readOperator(source, offset);
      if (symbol !== null) {
        tokens.push({ type: 'operator', text: symbol, offset });
        offset += symbol.length;
      } else if (WORD_CHAR.test(char)) {
        const end = wordEnd(source, offset);
        tokens.push({ type: 'word', text: source.slice(offset, end), offset });
        offset = end;
      } else {
        throw reserved(source, offset, char);
      }
    }
  }
  tokens.push({ type: 'end', offset: source.length });
  return tokens;
}

function readOperator(source: string, offset: number): ComparisonSymbol | null {
  const two = source.slice(offset, offset + 2);
  if (two === '!=' || two === '<=' || two === '>=' || two === '!~') return two;
  const one = source.charAt(offset);
  return one === '=' || one === '<' || one === '>' || one === '~' ? one : null;
}

function wordEnd(source: string, start: number): number {
  let end = start;
  while (end < source.length && WORD_CHAR.test(source.charAt(end))) end += 1;
  return end;
}

function readString(source: string, start: number): { text: string; end: number } {
  const quote = source.charAt(start);
  let text = '';
  let offset = start + 1;
  while (offset < source.length) {
    const char = source.charAt(offset);
    if (char === quote) return { text, end: offset + 1 };
    if (char === '\\') {
      const escaped = readEscape(source, offset);
      text += escaped.text;
      offset = escaped.end;
    } else {
      text += char;
      offset += 1;
    }
  }
  throw syntaxError(source, start, `The quoted string '${text}' has not been completed.`);
}

function readEscape(source: string, offset: number): { text: string; end: number } {
  const next = source.charAt(offset + 1);
  const simple = ESCAPES[next];
  if (simple !== undefined) return { text: simple, end: offset + 2 };
  const hex = source.slice(offset + 2, offset + 6);
  if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) return { text: String.fromCharCode(parseInt(hex, 16)), end: offset + 6 };
  throw syntaxError(source, offset, `The escape sequence '\\${next}' is not valid.`);
}

function reserved(source: string, offset: number, char: string): Error {
  const code = char.charCodeAt(0).toString(16).padStart(4, '0');
  return syntaxError(
    source,
    offset,
    `The character '${char}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u${code}' instead.`,
  );
}
