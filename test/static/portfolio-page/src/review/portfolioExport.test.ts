import { CSV_HEADER, portfolioCsv, portfolioMarkdown } from '../../../../../static/portfolio-page/src/review/portfolioExport';
import { computingRow, quarter, readyRow } from '../reviewRowsFixture';

const lines = (text: string) => text.split('\r\n').filter((line) => line !== '');

describe('portfolioCsv', () => {
  it('returns a header whose first column is project, then the rollup command’s columns', () => {
    expect(CSV_HEADER.slice(0, 4)).toEqual(['project', 'name', 'feature points', 'defect points']);
    expect(lines(portfolioCsv([]))).toEqual([CSV_HEADER.join(',')]);
  });

  it('returns one line per product in the order given, keyed by project, with figures as numbers', () => {
    const row = readyRow('PAY', {
      projectName: 'Payments, cards',
      quarter: quarter({ feature: 12.5, defect: 3 }),
      velocity: 26 / 3,
      sayDo: 2 / 3,
      signals: [
        { code: 'overcommitment', reason: 'Say/do 67 %' },
        { code: 'analysis-overdue', reason: '1 release' },
      ],
      records: {
        openRisks: { low: 1, medium: 2, high: 3 },
        aboveAppetite: 2,
        nextMilestone: { title: 'Go live', targetMonth: '2027-01', status: 'at-risk' },
        analysesDue: 1,
      },
      lastMonth: { month: '2026-11', quarterPoints: 30, velocity: 9, sayDo: 0.8, signals: [], appeared: ['overcommitment'], cleared: [] },
    });
    const [header = '', pay = '', ben = ''] = lines(portfolioCsv([row, computingRow('BEN')]));
    const cells = Object.fromEntries(header.split(',').map((name, index) => [name, pay.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)[index]]));
    expect(cells).toMatchObject({
      project: 'PAY',
      name: '"Payments, cards"',
      'feature points': '12.5',
      velocity: '8.7',
      'say/do': '0.67',
      signals: 'overcommitment analysis-overdue',
      'open risks high': '3',
      'risks above appetite': '2',
      'next milestone': 'Go live',
      'next milestone status': 'at-risk',
      'last month velocity': '9',
      'signals appeared': 'overcommitment',
      figures: 'ready',
    });
    expect(ben.startsWith('BEN,BEN product,')).toBe(true);
    expect(ben.endsWith(',computing')).toBe(true);
  });
});

describe('portfolioMarkdown', () => {
  it('returns a titled table with a row per product, the total row and the proxies footnote', () => {
    const rows = [readyRow('PAY', { velocity: 10, signals: [{ code: 'velocity-drop', reason: 'down' }] }), readyRow('BEN', { velocity: 6 })];
    const text = portfolioMarkdown(rows, 'Portfolio review, Oct 2026 – Dec 2026');
    const table = text.split('\n').filter((line) => line.startsWith('|'));
    expect(text.startsWith('## Portfolio review, Oct 2026 – Dec 2026\n')).toBe(true);
    expect(table[0]).toMatch(/^\| Product \| Signals \| Delivered \(quarter\) \| Velocity \|/);
    expect(table[2]).toMatch(/^\| PAY product \(PAY\) \| Velocity drop \| 40 pts \| 10 pts \|/);
    expect(table[3]).toMatch(/^\| BEN product \(BEN\) \| none \| 40 pts \| 6 pts \|/);
    expect(table[4]).toMatch(/^\| \*\*Total of 2 products\*\* \| 1 \| 80 pts \| 16 pts \|/);
    expect(text).toContain('Jira-based proxies of the DORA keys');
  });

  it('returns a cell’s pipe escaped so it cannot end the cell when a milestone title holds one', () => {
    const row = readyRow('PAY', {
      records: {
        openRisks: { low: 0, medium: 0, high: 0 },
        aboveAppetite: 0,
        analysesDue: 0,
        nextMilestone: { title: 'A | B', targetMonth: '2027-01', status: 'planned' },
      },
    });
    expect(portfolioMarkdown([row], 'T')).toContain('A \\| B (Jan 2027, Planned)');
  });

  it('returns a product whose figures are not in as such, with the total of the ready ones', () => {
    const text = portfolioMarkdown([computingRow('BEN')], 'T');
    expect(text).toContain('| BEN product (BEN) | figures not in yet |');
    expect(text).toContain('**Total of 0 products**');
  });
});
