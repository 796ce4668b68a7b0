/**
 * The Forge custom entities the records are stored in, as data: `manifest.yml`'s `app.storage.entities`
 * must declare exactly these (test/records/manifestEntities.test.ts checks it), and the local adapter
 * answers index queries from the same definitions.
 *
 * Keys start with the project key (`PAY`, `PAY:<uuid>`, `PAY:<uuid>:000003`), so a record can only ever
 * be reached through its own project, and the local adapter keeps one file per project.
 */
export type AttributeType = 'string' | 'integer' | 'float' | 'boolean' | 'any';

export interface EntityIndex {
  name: string;
  partition: readonly string[];
  range: readonly string[];
}

export interface EntityDefinition {
  name: string;
  /** Locally, entities of a group live in a file of their own beside the project's records file. */
  localFile?: string;
  attributes: Readonly<Record<string, AttributeType>>;
  indexes: readonly EntityIndex[];
}

/**
 * Long free text (a vision, a risk statement, an analysis) is declared `any`: it is never indexed or
 * filtered, and `any` carries no per-attribute string rule, so only the value's 240 KiB limit applies.
 */
const FREE_TEXT = 'any' as const;

const AUDITED: Readonly<Record<string, AttributeType>> = {
  id: 'string',
  version: 'integer',
  projectKey: 'string',
  createdAt: 'string',
  createdBy: 'string',
  updatedAt: 'string',
  updatedBy: 'string',
};

export const PROFILE_ENTITY = {
  name: 'product-profile',
  attributes: {
    ...AUDITED,
    productName: 'string',
    vision: FREE_TEXT,
    roles: 'any',
    fiscalYearStartMonth: 'integer',
    analysisDueDays: 'integer',
    riskAppetite: 'integer',
  },
  indexes: [],
} as const satisfies EntityDefinition;

export const ROADMAP_ENTITY = {
  name: 'roadmap-item',
  attributes: {
    ...AUDITED,
    title: 'string',
    outcome: FREE_TEXT,
    targetMonth: 'string',
    status: 'string',
    linkedIssueKeys: 'any',
    versionId: 'string',
  },
  indexes: [{ name: 'by-project-month', partition: ['projectKey'], range: ['targetMonth'] }],
} as const satisfies EntityDefinition;

export const RISK_ENTITY = {
  name: 'risk',
  attributes: {
    ...AUDITED,
    statement: FREE_TEXT,
    likelihood: 'integer',
    impact: 'integer',
    strategy: 'string',
    mitigation: FREE_TEXT,
    ownerAccountId: 'string',
    residualLikelihood: 'integer',
    residualImpact: 'integer',
    targetLikelihood: 'integer',
    targetImpact: 'integer',
    status: 'string',
    reviewDate: 'string',
    linkedIssueKeys: 'any',
  },
  indexes: [{ name: 'by-project', partition: ['projectKey'], range: ['createdAt'] }],
} as const satisfies EntityDefinition;

/** One record per change of a risk, so a long history never grows one value. */
export const RISK_CHANGE_ENTITY = {
  name: 'risk-change',
  attributes: { riskId: 'string', projectKey: 'string', version: 'integer', action: 'string', at: 'string', by: 'string', changes: 'any' },
  indexes: [{ name: 'by-risk', partition: ['projectKey', 'riskId'], range: ['version'] }],
} as const satisfies EntityDefinition;

export const CAPACITY_ENTITY = {
  name: 'sprint-capacity',
  attributes: { ...AUDITED, boardId: 'integer', sprintId: 'integer', availableDays: 'float' },
  indexes: [{ name: 'by-board', partition: ['projectKey', 'boardId'], range: ['sprintId'] }],
} as const satisfies EntityDefinition;

export const ANALYSIS_ENTITY = {
  name: 'release-analysis',
  attributes: {
    ...AUDITED,
    versionId: 'string',
    analysisDate: 'string',
    expectedOutcomes: FREE_TEXT,
    analysis: FREE_TEXT,
    verdict: 'string',
    links: 'any',
  },
  indexes: [{ name: 'by-project', partition: ['projectKey'], range: ['versionId'] }],
} as const satisfies EntityDefinition;

/** The Portfolio review's decisions and actions, per product and review month. */
export const REVIEW_NOTE_ENTITY = {
  name: 'review-note',
  attributes: { ...AUDITED, month: 'string', decision: FREE_TEXT, action: FREE_TEXT, ownerAccountId: 'string', dueDate: 'string', actionState: 'string' },
  indexes: [{ name: 'by-project-month', partition: ['projectKey'], range: ['month'] }],
} as const satisfies EntityDefinition;

/** One record per change of a review note, as for risks. */
export const REVIEW_NOTE_CHANGE_ENTITY = {
  name: 'review-note-change',
  attributes: { noteId: 'string', projectKey: 'string', version: 'integer', action: 'string', at: 'string', by: 'string', changes: 'any' },
  indexes: [{ name: 'by-note', partition: ['projectKey', 'noteId'], range: ['version'] }],
} as const satisfies EntityDefinition;

/**
 * A product's snapshot head: one small value per project that names the chunks of its current
 * snapshot, so replacing a snapshot is one conditioned write (src/storage/snapshotStore.ts).
 */
export const SNAPSHOT_ENTITY = {
  name: 'product-snapshot',
  localFile: 'snapshots',
  attributes: { projectKey: 'string', version: 'integer', asOf: 'string', state: 'any' },
  indexes: [],
} as const satisfies EntityDefinition;

/** Pieces of a snapshot's compressed facts and figures, keyed by their content's hash. */
export const SNAPSHOT_CHUNK_ENTITY = {
  name: 'snapshot-chunk',
  // Apart from the heads, so reading a head locally does not parse every piece of the snapshot.
  localFile: 'snapshot-pieces',
  attributes: { projectKey: 'string', createdAt: 'string', hash: 'string', data: 'any' },
  indexes: [{ name: 'by-project', partition: ['projectKey'], range: ['createdAt'] }],
} as const satisfies EntityDefinition;

/** Each month's closing figures of a product, kept as the portfolio review saw them. */
export const MONTH_END_ENTITY = {
  name: 'month-end',
  localFile: 'snapshots',
  attributes: { projectKey: 'string', month: 'string', takenAt: 'string', figures: 'any' },
  indexes: [{ name: 'by-project', partition: ['projectKey'], range: ['month'] }],
} as const satisfies EntityDefinition;

export const ENTITIES: readonly EntityDefinition[] = [
  PROFILE_ENTITY,
  ROADMAP_ENTITY,
  RISK_ENTITY,
  RISK_CHANGE_ENTITY,
  CAPACITY_ENTITY,
  ANALYSIS_ENTITY,
  REVIEW_NOTE_ENTITY,
  REVIEW_NOTE_CHANGE_ENTITY,
  SNAPSHOT_ENTITY,
  SNAPSHOT_CHUNK_ENTITY,
  MONTH_END_ENTITY,
];

export type EntityName = (typeof ENTITIES)[number]['name'];

export function entityDefinition(name: string): EntityDefinition {
  const found = ENTITIES.find((entity) => entity.name === name);
  if (found === undefined) throw new Error(`No custom entity '${name}' is declared in src/storage/entities.ts`);
  return found;
}

/** Jira project keys: also what makes a key prefix and a local file name safe. */
const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,254}$/;

/** A record's key: its project, then the parts that identify it within the project. */
export function recordKey(projectKey: string, ...parts: readonly (string | number)[]): string {
  if (!PROJECT_KEY.test(projectKey)) throw new Error(`'${projectKey}' is not a Jira project key`);
  return [projectKey, ...parts.map(String)].join(':');
}

/** The project a key belongs to (see `recordKey`). */
export function projectOfKey(key: string): string {
  const projectKey = key.split(':')[0] ?? '';
  if (!PROJECT_KEY.test(projectKey)) throw new Error(`Key '${key}' does not start with a Jira project key`);
  return projectKey;
}

/** A change of a record (src/storage/recordHistory.ts): versions are zero-padded so keys sort as versions do. */
export function historyKey(projectKey: string, recordId: string, version: number): string {
  return recordKey(projectKey, recordId, String(version).padStart(6, '0'));
}

/** The entities as `manifest.yml` declares them under `app.storage.entities` (an entity without indexes omits the key). */
export function manifestEntities(entities: readonly EntityDefinition[] = ENTITIES): unknown[] {
  return entities.map((entity) => ({
    name: entity.name,
    attributes: Object.fromEntries(Object.entries(entity.attributes).map(([attribute, type]) => [attribute, { type }])),
    ...(entity.indexes.length === 0
      ? {}
      : { indexes: entity.indexes.map((index) => ({ name: index.name, partition: [...index.partition], range: [...index.range] })) }),
  }));
}
