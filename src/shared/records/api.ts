import type { CapacityForecast, CapacitySprintRow, SprintCapacity } from './capacity';
import type { ProductProfile, ProductRoles, ProfileFields } from './profile';
import type { AnalysisFields, ReleaseRow } from './release';
import type { RiskChange, RiskFields, RiskView } from './risk';
import type { RoadmapFields, RoadmapItemView } from './roadmap';

/** The record resolvers' keys, each with its payload and data. The project always comes from the Forge context, never the payload. */
type Edit<T> = T & { id?: string; version?: number };

export interface RecordApi {
  'profile/get': {
    payload: Record<string, never>;
    data: { profile: ProductProfile | null; settings: Pick<ProfileFields, 'fiscalYearStartMonth' | 'analysisDueDays' | 'riskAppetite'>; canEdit: boolean };
  };
  'profile/save': {
    payload: { profile: Omit<ProfileFields, 'roles' | 'riskAppetite'> & { version?: number; roles: ProductRoles; riskAppetite?: number } };
    data: ProductProfile;
  };
  'capacity/list': {
    payload: { boardId: number };
    data: { boardId: number; sprints: CapacitySprintRow[]; forecast: CapacityForecast | null; canEdit: boolean };
  };
  'capacity/save': { payload: { capacity: { boardId: number; sprintId: number; version?: number; availableDays: number } }; data: SprintCapacity };
  'roadmap/list': {
    payload: { fiscalYear?: number; linkedIssueKey?: string };
    data: { fiscalYear: number | null; fiscalYearStartMonth: number; months: string[]; items: RoadmapItemView[]; canEdit: boolean };
  };
  'roadmap/save': { payload: { item: Edit<Omit<RoadmapFields, 'linkedIssueKeys'> & { linkedIssueKeys?: string[] }> }; data: RoadmapItemView };
  'roadmap/delete': { payload: { id: string; version: number }; data: { id: string; deleted: true } };
  'risks/list': { payload: { linkedIssueKey?: string }; data: { items: RiskView[]; riskAppetite: number; canEdit: boolean } };
  'risks/save': { payload: { risk: Edit<Omit<RiskFields, 'linkedIssueKeys'> & { linkedIssueKeys?: string[] }> }; data: RiskView };
  'risks/delete': { payload: { id: string; version: number }; data: { id: string; deleted: true } };
  'risks/history': { payload: { id: string; cursor?: string }; data: { entries: RiskChange[]; nextCursor?: string } };
  'releases/list': { payload: Record<string, never>; data: { items: ReleaseRow[]; analysisDueDays: number; canEdit: boolean } };
  'releases/saveAnalysis': {
    payload: { analysis: Omit<AnalysisFields, 'links'> & { versionId: string; version?: number; links?: string[] } };
    data: ReleaseRow;
  };
}
