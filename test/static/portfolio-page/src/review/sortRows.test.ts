import { EXCEPTIONS_FIRST, nextSort, shownRows, sortRows } from '../../../../../static/portfolio-page/src/review/sortRows';
import { computingRow, flow, readyRow } from '../reviewRowsFixture';

const keys = (rows: readonly { projectKey: string }[]) => rows.map((row) => row.projectKey);
const signal = { code: 'overcommitment' as const, reason: 'Say/do 50 %' };
const drop = { code: 'velocity-drop' as const, reason: 'Velocity down' };

describe('sortRows', () => {
  it('returns the products with the most signals first, ties by name, when sorted exceptions first', () => {
    const rows = [readyRow('CCC'), readyRow('BBB', { signals: [signal] }), readyRow('AAA'), readyRow('DDD', { signals: [signal, drop] })];
    expect(keys(sortRows(rows, EXCEPTIONS_FIRST, 'all'))).toEqual(['DDD', 'BBB', 'AAA', 'CCC']);
  });

  it('returns a figure a product lacks last in both directions when sorting by velocity', () => {
    const rows = [readyRow('NONE', { velocity: null }), readyRow('LOW', { velocity: 5 }), readyRow('HIGH', { velocity: 20 })];
    expect(keys(sortRows(rows, { column: 'velocity', direction: 'descending' }, 'all'))).toEqual(['HIGH', 'LOW', 'NONE']);
    expect(keys(sortRows(rows, { column: 'velocity', direction: 'ascending' }, 'all'))).toEqual(['LOW', 'HIGH', 'NONE']);
  });

  it('returns products whose figures are not in after every ready one when sorting by any column', () => {
    const rows = [computingRow('ZZZ'), readyRow('AAA', { sayDo: 0.5 }), computingRow('BBB'), readyRow('CCC', { sayDo: 0.7 })];
    expect(keys(sortRows(rows, { column: 'sayDo', direction: 'ascending' }, 'all'))).toEqual(['AAA', 'CCC', 'BBB', 'ZZZ']);
  });

  it('returns the order of the chosen work category when sorting flow by load', () => {
    const base = readyRow('X');
    const a = readyRow('AAA', { flow: { ...base.flow, defect: flow({ load: 1 }), all: flow({ load: 9 }) } });
    const b = readyRow('BBB', { flow: { ...base.flow, defect: flow({ load: 5 }), all: flow({ load: 2 }) } });
    expect(keys(sortRows([a, b], { column: 'load', direction: 'descending' }, 'defect'))).toEqual(['BBB', 'AAA']);
    expect(keys(sortRows([a, b], { column: 'load', direction: 'descending' }, 'all'))).toEqual(['AAA', 'BBB']);
  });

  it('returns names in alphabetical order, numbers in them by value, when sorting by product', () => {
    const rows = [readyRow('B', { projectName: 'Payments 10' }), readyRow('A', { projectName: 'Payments 9' }), readyRow('C', { projectName: 'Benefits' })];
    expect(keys(sortRows(rows, { column: 'product', direction: 'ascending' }, 'all'))).toEqual(['C', 'A', 'B']);
  });

  it('returns the soonest milestone first and products without one last when sorting by next milestone', () => {
    const milestone = (targetMonth: string) => ({
      openRisks: { low: 0, medium: 0, high: 0 },
      aboveAppetite: 0,
      analysesDue: 0,
      nextMilestone: { title: 'Go live', targetMonth, status: 'planned' },
    });
    const rows = [readyRow('LATE', { records: milestone('2027-03') }), readyRow('NONE'), readyRow('SOON', { records: milestone('2026-12') })];
    expect(keys(sortRows(rows, nextSort(EXCEPTIONS_FIRST, 'milestone'), 'all'))).toEqual(['SOON', 'LATE', 'NONE']);
  });
});

describe('nextSort', () => {
  it('returns the other direction when the sorted column is pressed again', () => {
    expect(nextSort({ column: 'velocity', direction: 'descending' }, 'velocity')).toEqual({ column: 'velocity', direction: 'ascending' });
  });

  it("returns the column's own first direction when another column is pressed", () => {
    expect(nextSort(EXCEPTIONS_FIRST, 'product')).toEqual({ column: 'product', direction: 'ascending' });
    expect(nextSort(EXCEPTIONS_FIRST, 'leadTime')).toEqual({ column: 'leadTime', direction: 'descending' });
  });
});

describe('shownRows', () => {
  it('returns only the products raising a signal when the exceptions filter is on', () => {
    const rows = [readyRow('AAA'), readyRow('BBB', { signals: [signal] }), computingRow('CCC')];
    expect(keys(shownRows(rows, true, EXCEPTIONS_FIRST, 'all'))).toEqual(['BBB']);
    expect(keys(shownRows(rows, false, EXCEPTIONS_FIRST, 'all'))).toEqual(['BBB', 'AAA', 'CCC']);
  });
});
