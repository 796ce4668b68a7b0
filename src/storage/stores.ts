import type {
  AnalysisFields,
  ProductProfile,
  ProfileFields,
  ReleaseAnalysis,
  Risk,
  RiskChange,
  RiskFields,
  RoadmapFields,
  RoadmapItem,
  SprintCapacity,
} from '../shared/records';
import type { ReviewNote, ReviewNoteChange, ReviewNoteFields } from '../shared/reviewNotes';
import type { Audit } from './versioned';

/**
 * The repositories resolvers use, one per record type. Each has a Forge (`@forge/kvs` custom entities)
 * adapter and a local (files) adapter behind the same interface; both enforce the version rule: a save
 * or delete naming an older version than the stored one throws `ConflictError` with the current record,
 * and a record deleted meanwhile throws `NotFoundError`.
 */
export type { Audit };

/** Which stored record an edit is of: none for a create. */
export type EditOf = { id: string; version: number } | undefined;

export interface ProfileRepository {
  get(projectKey: string): Promise<ProductProfile | undefined>;
  save(projectKey: string, fields: ProfileFields, expectedVersion: number | undefined, audit: Audit): Promise<ProductProfile>;
}

export interface RoadmapRepository {
  get(projectKey: string, id: string): Promise<RoadmapItem | undefined>;
  /** Items by target month; only those within `months` (inclusive `YYYY-MM` bounds) when given. */
  list(projectKey: string, months?: { from: string; to: string }): Promise<RoadmapItem[]>;
  save(projectKey: string, edit: EditOf, fields: RoadmapFields, audit: Audit): Promise<RoadmapItem>;
  delete(projectKey: string, id: string, expectedVersion: number): Promise<RoadmapItem>;
}

/** A page of a record's changes, newest first; `nextCursor` fetches the older ones. */
export interface HistoryPage<C> {
  entries: C[];
  nextCursor?: string;
}
export type RiskHistoryPage = HistoryPage<RiskChange>;

export interface RiskRepository {
  get(projectKey: string, id: string): Promise<Risk | undefined>;
  list(projectKey: string): Promise<Risk[]>;
  /** Saves and appends the change to the risk's history in the same commit; an unchanged risk is not rewritten. */
  save(projectKey: string, edit: EditOf, fields: RiskFields, audit: Audit): Promise<Risk>;
  /** Deletes the risk; its history is kept, ending with a `deleted` entry. */
  delete(projectKey: string, id: string, expectedVersion: number, audit: Audit): Promise<Risk>;
  /** Newest first, a page at a time; `cursor` is a page's `nextCursor`, and any other throws a `ValidationError` on `cursor`. */
  history(projectKey: string, id: string, cursor?: string): Promise<RiskHistoryPage>;
}

export interface CapacityRepository {
  get(projectKey: string, boardId: number, sprintId: number): Promise<SprintCapacity | undefined>;
  listByBoard(projectKey: string, boardId: number): Promise<SprintCapacity[]>;
  save(
    projectKey: string,
    sprint: { boardId: number; sprintId: number },
    availableDays: number,
    expectedVersion: number | undefined,
    audit: Audit,
  ): Promise<SprintCapacity>;
}

export interface AnalysisRepository {
  get(projectKey: string, versionId: string): Promise<ReleaseAnalysis | undefined>;
  list(projectKey: string): Promise<ReleaseAnalysis[]>;
  save(projectKey: string, versionId: string, fields: AnalysisFields, expectedVersion: number | undefined, audit: Audit): Promise<ReleaseAnalysis>;
}

export interface ReviewNoteRepository {
  get(projectKey: string, id: string): Promise<ReviewNote | undefined>;
  /** Notes by month within the inclusive `YYYY-MM` bounds. */
  list(projectKey: string, months: { from: string; to: string }): Promise<ReviewNote[]>;
  /** Saves and appends the change to the note's history in the same commit; an unchanged note is not rewritten. */
  save(projectKey: string, edit: EditOf, fields: ReviewNoteFields, audit: Audit): Promise<ReviewNote>;
  /** Deletes the note; its history is kept, ending with a `deleted` entry. */
  delete(projectKey: string, id: string, expectedVersion: number, audit: Audit): Promise<ReviewNote>;
  /** Newest first, a page at a time. */
  history(projectKey: string, id: string, cursor?: string): Promise<HistoryPage<ReviewNoteChange>>;
}

export interface RecordStores {
  profiles: ProfileRepository;
  roadmap: RoadmapRepository;
  risks: RiskRepository;
  capacity: CapacityRepository;
  analyses: AnalysisRepository;
  notes: ReviewNoteRepository;
}
