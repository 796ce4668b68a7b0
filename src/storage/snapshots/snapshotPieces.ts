import type { ProjectFacts } from '../../domain/facts';
import { RECENT_SPRINT_REPORTS, olderSprintReports, withRecentSprintReports, type ProductTabFigures } from '../../domain/overview';
import { encodePieces, type EncodedPiece } from './codec';
import { encodeFactGroups } from './factGroups';
import type { Audience, SnapshotHead, SnapshotPieces } from './head';

/** What a new snapshot stores beside its head. */
export interface SnapshotValues {
  facts: ProjectFacts;
  figures: Record<Audience, ProductTabFigures>;
  securedIssueIds: string[];
  /** Choose the facts' groups afresh (a full build); otherwise the stored snapshot's are kept. */
  regroup: boolean;
}

function hashes(pieces: readonly EncodedPiece[]): string[] {
  return pieces.map((piece) => piece.hash);
}

/** Every piece a head names, once each. */
export function allHashes(head: SnapshotHead | undefined): string[] {
  const pieces = head?.content?.pieces;
  if (pieces === undefined) return [];
  const { facts, ...values } = pieces;
  return [...new Set([...facts.flat(), ...Object.values(values).flat()])];
}

function dedupe(pieces: readonly EncodedPiece[]): EncodedPiece[] {
  return [...new Map(pieces.map((piece) => [piece.hash, piece])).values()];
}

/**
 * A snapshot's values as pieces: the facts by group, each audience's figures with only the recent
 * sprint reports (what the Product tab reads), the older reports apart, and the secured issue ids.
 * `encoded` holds each distinct piece once; `pieces` is what the head names.
 */
export function encodeSnapshot(values: SnapshotValues, factGroupStarts: readonly number[]): { pieces: SnapshotPieces; encoded: EncodedPiece[] } {
  const { full, public: publicFigures } = values.figures;
  const encoded = {
    facts: encodeFactGroups(values.facts, factGroupStarts),
    full: encodePieces(withRecentSprintReports(full, RECENT_SPRINT_REPORTS)),
    public: encodePieces(withRecentSprintReports(publicFigures, RECENT_SPRINT_REPORTS)),
    fullReports: encodePieces(olderSprintReports(full, RECENT_SPRINT_REPORTS)),
    publicReports: encodePieces(olderSprintReports(publicFigures, RECENT_SPRINT_REPORTS)),
    secured: encodePieces(values.securedIssueIds),
  };
  const pieces: SnapshotPieces = {
    facts: encoded.facts.map(hashes),
    full: hashes(encoded.full),
    public: hashes(encoded.public),
    fullReports: hashes(encoded.fullReports),
    publicReports: hashes(encoded.publicReports),
    secured: hashes(encoded.secured),
  };
  const { facts, ...valuePieces } = encoded;
  return { pieces, encoded: dedupe([...facts.flat(), ...Object.values(valuePieces).flat()]) };
}
