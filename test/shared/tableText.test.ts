import { toCsv, toMarkdown } from '../../src/shared/tableText';

describe('toCsv', () => {
  it('returns the header and rows with CRLF line ends, empty cells for null', () => {
    expect(
      toCsv(
        ['project', 'velocity'],
        [
          ['PAY', 12.5],
          ['GRT', null],
        ],
      ),
    ).toBe('project,velocity\r\nPAY,12.5\r\nGRT,\r\n');
  });

  it('returns a cell holding a comma, quote or line break quoted, with quotes doubled', () => {
    expect(toCsv(['name'], [['Payments, "core"\nteam']])).toBe('name\r\n"Payments, ""core""\nteam"\r\n');
  });

  it('returns text starting like a formula prefixed so a spreadsheet does not run it', () => {
    expect(toCsv(['name'], [['=SUM(A1)'], [-3]])).toBe("name\r\n'=SUM(A1)\r\n-3\r\n");
  });
});

describe('toMarkdown', () => {
  it('returns a table with numeric columns right-aligned', () => {
    expect(
      toMarkdown(
        ['project', 'velocity'],
        [
          ['PAY', 12],
          ['GRT', null],
        ],
      ),
    ).toBe('| project | velocity |\n| --- | ---: |\n| PAY | 12 |\n| GRT |  |\n');
  });

  it('returns pipes escaped and line breaks as spaces so a cell stays in its column', () => {
    expect(toMarkdown(['name'], [['a | b\nc']])).toBe('| name |\n| --- |\n| a \\| b c |\n');
  });

  it('returns the header alone when there are no rows', () => {
    expect(toMarkdown(['project'], [])).toBe('| project |\n| --- |\n');
  });
});
