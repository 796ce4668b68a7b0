import { z } from 'zod';
import type { ProjectFacts } from '../../domain/facts';
import { withSprintReports, type ProductTabFigures } from '../../domain/overview';
import { MONTH_END_ENTITY, recordKey, SNAPSHOT_CHUNK_ENTITY, SNAPSHOT_ENTITY } from '../entities';
import { ConditionFailedError, queryAll, type RecordTable, type StoredValue } from '../recordTable';
import { decodePieces, type EncodedPiece } from './codec';
import { SNAPSHOT_FORMAT, headFromStored, headToStored, type Audience, type SnapshotContent, type SnapshotHead, type SnapshotPieces } from './head';
import { monthCloseFromStored, monthEndFromStored, type MonthClose, type MonthEnd } from './monthEnd';
import { decodeFactGroups, groupStartsOf } from './factGroups';
import { allHashes, encodeSnapshot, type SnapshotValues } from './snapshotPieces';

export type { SnapshotValues } from './snapshotPieces';
import { productTabFiguresSchema, sprintReportsSchema } from './schemas';

/** A head write lost to a newer one: the caller reads the head again and decides. */
export class SnapshotConflictError extends Error {
  constructor(readonly projectKey: string) {
    super(`The snapshot of ${projectKey} changed while it was being written`);
    this.name = 'SnapshotConflictError';
  }
}

/** Storage reads and writes, counted so refreshes can report them (writes cost about 20× reads). */
export interface StorageCounts {
  reads: number;
  writes: number;
}

const securedSchema = z.array(z.string());

/**
 * The repository of product snapshots over either storage adapter. A snapshot is written as pieces
 * first (keyed by their hash, so unchanged pieces are not written again), then made current by one
 * head write conditioned on the version read; pieces no longer named are deleted after. A reader
 * therefore sees the old snapshot or the new one, never a mix, and a refresh that dies midway leaves
 * the current snapshot intact.
 */
export class SnapshotStore {
  readonly counts: StorageCounts = { reads: 0, writes: 0 };

  constructor(private readonly table: RecordTable) {}

  async head(projectKey: string): Promise<SnapshotHead | undefined> {
    const key = recordKey(projectKey);
    this.counts.reads += 1;
    const stored = await this.table.get(SNAPSHOT_ENTITY.name, key);
    return stored === undefined ? undefined : headFromStored(stored, key);
  }

  async heads(projectKeys: readonly string[]): Promise<Map<string, SnapshotHead>> {
    const keys = projectKeys.map((projectKey) => recordKey(projectKey));
    this.counts.reads += keys.length;
    const stored = await this.table.getMany(SNAPSHOT_ENTITY.name, keys);
    return new Map([...stored].map(([key, value]) => [key, headFromStored(value, key)]));
  }

  async readFacts(head: SnapshotHead): Promise<ProjectFacts> {
    const groups = head.content?.pieces.facts;
    if (groups === undefined) throw new Error(`Project ${head.projectKey} has no snapshot yet`);
    const stored = await this.readPieces(head.projectKey, groups.flat());
    return decodeFactGroups(
      `facts of ${head.projectKey}'s snapshot`,
      groups.map((group) => group.map((hash) => stored.get(hash))),
    );
  }

  /** The audience's figures with every sprint report. */
  async readFigures(head: SnapshotHead, audience: Audience): Promise<ProductTabFigures> {
    const [recent, older] = await Promise.all([this.readRecentFigures(head, audience), this.readValue(head, `${audience}Reports`, sprintReportsSchema)]);
    return withSprintReports(recent, older);
  }

  /**
   * The audience's figures with only each board's last `RECENT_SPRINT_REPORTS` sprint reports, as
   * the Product tab sends them; the older reports (most of a large product's figures) are not read.
   */
  readRecentFigures(head: SnapshotHead, audience: Audience): Promise<ProductTabFigures> {
    return this.readValue(head, audience, productTabFiguresSchema);
  }

  readSecuredIssueIds(head: SnapshotHead): Promise<string[]> {
    return this.readValue(head, 'secured', securedSchema);
  }

  /**
   * Writes `values` as the project's snapshot if the head is still at `expectedVersion` (undefined:
   * no head yet). Throws `SnapshotConflictError` otherwise, having changed nothing a reader sees.
   */
  async save(
    previous: SnapshotHead | undefined,
    next: Omit<SnapshotHead, 'version' | 'content'>,
    values: SnapshotValues,
    content: Omit<SnapshotContent, 'format' | 'pieces' | 'securedCount' | 'factGroupStarts'>,
  ): Promise<SnapshotHead> {
    const storedStarts = previous?.content?.factGroupStarts;
    const factGroupStarts = values.regroup || storedStarts === undefined ? groupStartsOf(values.facts) : storedStarts;
    const { pieces, encoded } = encodeSnapshot(values, factGroupStarts);
    const known = new Set(allHashes(previous));
    const fresh = encoded.filter((piece) => !known.has(piece.hash));
    await this.writePieces(next.projectKey, fresh, next.asOf ?? '');
    const head: SnapshotHead = {
      ...next,
      version: (previous?.version ?? 0) + 1,
      content: { ...content, format: SNAPSHOT_FORMAT, pieces, factGroupStarts, securedCount: values.securedIssueIds.length },
    };
    await this.putHead(head, previous?.version);
    const kept = new Set(allHashes(head));
    await this.deletePieces(
      next.projectKey,
      allHashes(previous).filter((hash) => !kept.has(hash)),
    );
    return head;
  }

  /** Replaces the head's bookkeeping (no new snapshot), conditioned on the version read. */
  async updateHead(previous: SnapshotHead | undefined, next: Omit<SnapshotHead, 'version'>): Promise<SnapshotHead> {
    const head: SnapshotHead = { ...next, version: (previous?.version ?? 0) + 1 };
    await this.putHead(head, previous?.version);
    return head;
  }

  /** Keeps `figures` as the month's closing figures of the project (the latest taken in that month wins). */
  async putMonthEnd(monthEnd: MonthEnd): Promise<void> {
    this.counts.writes += 1;
    await this.table.commit([{ type: 'put', entity: MONTH_END_ENTITY.name, key: recordKey(monthEnd.projectKey, monthEnd.month), value: { ...monthEnd } }]);
  }

  /** The project's month-end figures from `from` to `to` (inclusive `YYYY-MM`), oldest first. */
  async monthEnds(projectKey: string, from: string, to: string): Promise<MonthEnd[]> {
    const values = await queryAll(this.table, { entity: MONTH_END_ENTITY.name, index: 'by-project', partition: [projectKey], range: { from, to } });
    this.counts.reads += values.length;
    return values.map((value) => monthEndFromStored(value));
  }

  /** Each project's closing figures of `month` (`YYYY-MM`), in one batch read; projects without a close are missing. */
  async monthCloses(projectKeys: readonly string[], month: string): Promise<Map<string, MonthClose>> {
    const keys = new Map(projectKeys.map((projectKey) => [recordKey(projectKey, month), projectKey]));
    this.counts.reads += keys.size;
    const stored = await this.table.getMany(MONTH_END_ENTITY.name, [...keys.keys()]);
    const closes = new Map<string, MonthClose>();
    for (const [key, value] of stored) {
      const close = monthCloseFromStored(value);
      const projectKey = keys.get(key);
      if (close !== undefined && projectKey !== undefined) closes.set(projectKey, close);
    }
    return closes;
  }

  /** Every stored piece of the project (for sweeping pieces a crashed refresh left behind). */
  async pieceKeys(projectKey: string): Promise<string[]> {
    const values = await queryAll(this.table, { entity: SNAPSHOT_CHUNK_ENTITY.name, index: 'by-project', partition: [projectKey] }, 100_000);
    this.counts.reads += values.length;
    return values.flatMap((value) => (typeof value.hash === 'string' ? [value.hash] : []));
  }

  async deletePieces(projectKey: string, hashList: readonly string[]): Promise<void> {
    if (hashList.length === 0) return;
    this.counts.writes += hashList.length;
    await this.table.deleteMany(
      SNAPSHOT_CHUNK_ENTITY.name,
      hashList.map((hash) => recordKey(projectKey, hash)),
    );
  }

  private async putHead(head: SnapshotHead, expectedVersion: number | undefined): Promise<void> {
    this.counts.writes += 1;
    const condition = expectedVersion === undefined ? { kind: 'absent' as const } : { kind: 'version' as const, version: expectedVersion };
    try {
      await this.table.commit([{ type: 'put', entity: SNAPSHOT_ENTITY.name, key: recordKey(head.projectKey), value: headToStored(head), condition }]);
    } catch (error) {
      if (error instanceof ConditionFailedError) throw new SnapshotConflictError(head.projectKey);
      throw error;
    }
  }

  private async writePieces(projectKey: string, pieces: readonly EncodedPiece[], createdAt: string): Promise<void> {
    if (pieces.length === 0) return;
    this.counts.writes += pieces.length;
    const items = pieces.map((piece) => ({ key: recordKey(projectKey, piece.hash), value: { projectKey, createdAt, hash: piece.hash, data: piece.data } }));
    await this.table.putMany(SNAPSHOT_CHUNK_ENTITY.name, items);
  }

  private async readValue<T>(head: SnapshotHead, part: Exclude<keyof SnapshotPieces, 'facts'>, schema: z.ZodType<T>): Promise<T> {
    const hashList = head.content?.pieces[part];
    if (hashList === undefined) throw new Error(`Project ${head.projectKey} has no snapshot yet`);
    const stored = await this.readPieces(head.projectKey, hashList);
    return decodePieces(
      `${part} of ${head.projectKey}'s snapshot`,
      hashList.map((hash) => stored.get(hash)),
      schema,
    );
  }

  /** The stored pieces of `hashList`, by hash; a missing one is absent (the decoder names it). */
  private async readPieces(projectKey: string, hashList: readonly string[]): Promise<Map<string, EncodedPiece>> {
    this.counts.reads += hashList.length;
    const stored = await this.table.getMany(
      SNAPSHOT_CHUNK_ENTITY.name,
      hashList.map((hash) => recordKey(projectKey, hash)),
    );
    const pieces = new Map<string, EncodedPiece>();
    for (const hash of hashList) {
      const piece = pieceOf(stored.get(recordKey(projectKey, hash)), hash);
      if (piece !== undefined) pieces.set(hash, piece);
    }
    return pieces;
  }
}

function pieceOf(value: StoredValue | undefined, hash: string): EncodedPiece | undefined {
  return value === undefined || typeof value.data !== 'string' ? undefined : { hash, data: value.data };
}
