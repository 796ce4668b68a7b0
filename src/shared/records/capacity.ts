import type { StoredRecord } from './stored';

/** Sprint capacity (available person-days) and the forecast it gives; the bound on it is src/shared/capacityBound.ts. */

export interface SprintCapacity extends StoredRecord {
  boardId: number;
  sprintId: number;
  /** Person-days the team is available in the sprint. */
  availableDays: number;
}
export interface CapacitySprintRow {
  sprintId: number;
  name: string;
  state: 'closed' | 'active' | 'future';
  startDate?: string;
  endDate?: string;
  completeDate?: string;
  capacity: SprintCapacity | null;
  /** The nearest earlier sprint's available days, offered as the default; null when none has one. */
  defaultDays: number | null;
  /** Closed sprints: completed points (docs/METRICS.md, Velocity) and completed / available days. */
  completedPoints: number | null;
  pointsPerDay: number | null;
}
export interface CapacityForecast {
  sprintId: number;
  sprintName: string;
  availableDays: number | null;
  /** Σ completed / Σ available days over the last 3 closed sprints with a capacity. */
  pointsPerDay: number | null;
  /** pointsPerDay × availableDays; null when either is unknown. */
  points: number | null;
}
