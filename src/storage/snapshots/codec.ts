import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { z } from 'zod';

/**
 * How a snapshot's large values are stored: JSON, gzipped, base64, cut into pieces well under
 * Forge's 240 KiB value limit. Each piece's key names the hash of its text, so writing a piece
 * twice is harmless (at-least-once delivery) and an unchanged piece is never written again.
 */
export const PIECE_CHARS = 160 * 1024;

export interface EncodedPiece {
  hash: string;
  data: string;
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** `value` as pieces of at most `pieceChars` characters, in order. */
export function encodePieces(value: unknown, pieceChars = PIECE_CHARS): EncodedPiece[] {
  const text = gzipSync(Buffer.from(JSON.stringify(value), 'utf8')).toString('base64');
  const pieces: EncodedPiece[] = [];
  for (let start = 0; start < text.length; start += pieceChars) {
    const data = text.slice(start, start + pieceChars);
    pieces.push({ hash: hashOf(data), data });
  }
  return pieces;
}

export class SnapshotDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotDataError';
  }
}

/**
 * The value of pieces read back, checked against their hashes and `schema`; a missing, altered or
 * misshapen piece is a `SnapshotDataError` naming what is wrong, never a half-read value.
 */
export function decodePieces<T>(what: string, pieces: readonly (EncodedPiece | undefined)[], schema: z.ZodType<T>): T {
  const texts = pieces.map((piece, index) => {
    if (piece === undefined) throw new SnapshotDataError(`The stored ${what} is missing piece ${index + 1} of ${pieces.length}`);
    if (hashOf(piece.data) !== piece.hash) throw new SnapshotDataError(`The stored ${what} has an altered piece ${index + 1} of ${pieces.length}`);
    return piece.data;
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(gunzipSync(Buffer.from(texts.join(''), 'base64')).toString('utf8'));
  } catch (error) {
    throw new SnapshotDataError(`The stored ${what} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const checked = schema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new SnapshotDataError(`The stored ${what} is not in the expected shape at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
  }
  return checked.data;
}
