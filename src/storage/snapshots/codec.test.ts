import { z } from 'zod';
import { decodePieces, encodePieces, SnapshotDataError } from './codec';

const VALUE = { issues: Array.from({ length: 200 }, (_, index) => ({ id: String(index), key: `PAY-${index}`, summary: `Story number ${index * 7919}` })) };
const SCHEMA = z.object({ issues: z.array(z.object({ id: z.string(), key: z.string(), summary: z.string() })) });

describe('encodePieces and decodePieces', () => {
  it('returns the value from its pieces, each no longer than asked', () => {
    const pieces = encodePieces(VALUE, 500);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.data.length <= 500)).toBe(true);
    expect(decodePieces('test value', pieces, SCHEMA)).toEqual(VALUE);
  });

  it('returns the same hashes for the same value, so an unchanged piece is not written again', () => {
    expect(encodePieces(VALUE, 500).map((piece) => piece.hash)).toEqual(encodePieces(VALUE, 500).map((piece) => piece.hash));
  });

  it('throws a SnapshotDataError naming the piece when one is missing or altered', () => {
    const pieces = encodePieces(VALUE, 500);
    expect(() => decodePieces('test value', [pieces[0], undefined], SCHEMA)).toThrow('The stored test value is missing piece 2 of 2');
    const altered = pieces.map((piece, index) => (index === 1 ? { ...piece, data: `x${piece.data.slice(1)}` } : piece));
    expect(() => decodePieces('test value', altered, SCHEMA)).toThrow(
      new SnapshotDataError(`The stored test value has an altered piece 2 of ${pieces.length}`),
    );
  });

  it('throws a SnapshotDataError naming the path when the value is not in the expected shape', () => {
    const pieces = encodePieces({ issues: [{ id: 1 }] });
    expect(() => decodePieces('test value', pieces, SCHEMA)).toThrow(/not in the expected shape at issues\.0\.id/);
  });
});
