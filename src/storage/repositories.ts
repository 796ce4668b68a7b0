import { randomUUID } from 'node:crypto';
import { ANALYSIS_ENTITY, CAPACITY_ENTITY, PROFILE_ENTITY, recordKey, ROADMAP_ENTITY } from './entities';
import { queryAll, type RecordTable } from './recordTable';
import { createReviewNoteRepository } from './reviewNoteRepository';
import { createRiskRepository } from './riskRepository';
import type { AnalysisRepository, CapacityRepository, ProfileRepository, RecordStores, RoadmapRepository } from './stores';
import { storedAnalysis, storedCapacity, storedProfile, storedRoadmapItem, parseStored } from './storedRecords';
import { deleteVersioned, readRecord, saveVersioned, withAudit } from './versioned';

const PROFILE = { entity: PROFILE_ENTITY.name, label: 'product profile', schema: storedProfile };
const ROADMAP = { entity: ROADMAP_ENTITY.name, label: 'roadmap item', schema: storedRoadmapItem };
const CAPACITY = { entity: CAPACITY_ENTITY.name, label: 'sprint capacity', schema: storedCapacity };
const ANALYSIS = { entity: ANALYSIS_ENTITY.name, label: 'release analysis', schema: storedAnalysis };

function profileRepository(table: RecordTable): ProfileRepository {
  return {
    get: (projectKey) => readRecord(table, PROFILE, recordKey(projectKey)),
    save: (projectKey, fields, expectedVersion, audit) =>
      saveVersioned(table, PROFILE, {
        key: recordKey(projectKey),
        expectedVersion,
        build: (current, version) => withAudit(fields, { id: projectKey, projectKey, version }, current, audit),
      }),
  };
}

function roadmapRepository(table: RecordTable): RoadmapRepository {
  return {
    get: (projectKey, id) => readRecord(table, ROADMAP, recordKey(projectKey, id)),
    async list(projectKey, months) {
      const range = months === undefined ? undefined : { from: months.from, to: months.to };
      const values = await queryAll(table, { entity: ROADMAP.entity, index: 'by-project-month', partition: [projectKey], range });
      return values.map((value) => parseStored(storedRoadmapItem, value, ROADMAP.entity));
    },
    save(projectKey, edit, fields, audit) {
      const id = edit?.id ?? randomUUID();
      return saveVersioned(table, ROADMAP, {
        key: recordKey(projectKey, id),
        expectedVersion: edit?.version,
        freshKey: edit === undefined,
        build: (current, version) => withAudit(fields, { id, projectKey, version }, current, audit),
      });
    },
    delete: (projectKey, id, expectedVersion) => deleteVersioned(table, ROADMAP, { key: recordKey(projectKey, id), expectedVersion }),
  };
}

function capacityRepository(table: RecordTable): CapacityRepository {
  return {
    get: (projectKey, boardId, sprintId) => readRecord(table, CAPACITY, recordKey(projectKey, boardId, sprintId)),
    async listByBoard(projectKey, boardId) {
      const values = await queryAll(table, { entity: CAPACITY.entity, index: 'by-board', partition: [projectKey, boardId] });
      return values.map((value) => parseStored(storedCapacity, value, CAPACITY.entity));
    },
    save: (projectKey, { boardId, sprintId }, availableDays, expectedVersion, audit) =>
      saveVersioned(table, CAPACITY, {
        key: recordKey(projectKey, boardId, sprintId),
        expectedVersion,
        build: (current, version) => withAudit({ boardId, sprintId, availableDays }, { id: `${boardId}:${sprintId}`, projectKey, version }, current, audit),
      }),
  };
}

function analysisRepository(table: RecordTable): AnalysisRepository {
  return {
    get: (projectKey, versionId) => readRecord(table, ANALYSIS, recordKey(projectKey, versionId)),
    async list(projectKey) {
      const values = await queryAll(table, { entity: ANALYSIS.entity, index: 'by-project', partition: [projectKey] });
      return values.map((value) => parseStored(storedAnalysis, value, ANALYSIS.entity));
    },
    save: (projectKey, versionId, fields, expectedVersion, audit) =>
      saveVersioned(table, ANALYSIS, {
        key: recordKey(projectKey, versionId),
        expectedVersion,
        build: (current, version) => withAudit({ ...fields, versionId }, { id: versionId, projectKey, version }, current, audit),
      }),
  };
}

/** Every repository over one storage adapter. */
export function recordStoresOver(table: RecordTable): RecordStores {
  return {
    profiles: profileRepository(table),
    roadmap: roadmapRepository(table),
    risks: createRiskRepository(table),
    capacity: capacityRepository(table),
    analyses: analysisRepository(table),
    notes: createReviewNoteRepository(table),
  };
}
