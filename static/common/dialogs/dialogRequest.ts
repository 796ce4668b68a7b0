import type { RecordApi, ReleaseRow, RiskView, RoadmapItemView } from '../../../src/shared/records';

export type ProfileData = RecordApi['profile/get']['data'];

/**
 * What a dialog shows, sent to the frame Forge opens over the whole Jira page (`Modal` from
 * `@forge/bridge`, the module's own resource), which reads it from `extension.modal`. Records travel
 * whole, so the dialog needs no extra request and a save still checks the version it was read at.
 */
export type DialogRequest =
  | { dialog: 'risk-form'; risk: RiskView | null; linkedIssueKeys: string[] }
  | { dialog: 'risk-history'; risk: RiskView }
  | { dialog: 'milestone-form'; item: RoadmapItemView | null; month: string }
  | { dialog: 'analysis-form'; release: ReleaseRow }
  | { dialog: 'profile-form'; profile: ProfileData }
  | { dialog: 'delete'; record: 'risk' | 'milestone'; id: string; version: number; name: string };

export type DialogKind = DialogRequest['dialog'];

/** Whether the dialog changed something, so the page that opened it reloads. */
export interface DialogOutcome {
  changed: boolean;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isRecordOrNull(value: unknown): boolean {
  return value === null || (isObject(value) && typeof value['id'] === 'string' && typeof value['version'] === 'number');
}

/** Which fields each request must carry; the page that opened the dialog built it, so shape is enough. */
const SHAPES: Record<DialogKind, (fields: Record<string, unknown>) => boolean> = {
  'risk-form': (f) => isRecordOrNull(f['risk']) && Array.isArray(f['linkedIssueKeys']),
  'risk-history': (f) => isObject(f['risk']) && isRecordOrNull(f['risk']),
  'milestone-form': (f) => isRecordOrNull(f['item']) && typeof f['month'] === 'string',
  'analysis-form': (f) => isObject(f['release']) && typeof f['release']['versionId'] === 'string',
  'profile-form': (f) => isObject(f['profile']) && isObject(f['profile']['settings']),
  delete: (f) => (f['record'] === 'risk' || f['record'] === 'milestone') && typeof f['id'] === 'string' && typeof f['version'] === 'number',
};

function isDialogKind(value: unknown): value is DialogKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SHAPES, value);
}

/** A request of a known kind carrying what that kind needs (`SHAPES`). */
function isDialogRequest(value: unknown): value is DialogRequest {
  return isObject(value) && isDialogKind(value['dialog']) && SHAPES[value['dialog']](value);
}

/** The request in a frame's `extension.modal`; null when the frame is no dialog of ours or the request is malformed. */
export function dialogRequestOf(modal: unknown): DialogRequest | null {
  if (!isObject(modal)) return null;
  const request = modal['request'];
  return isDialogRequest(request) ? request : null;
}
