import type { JiraClient } from '../../jira/client';
import { riskViewOf, type Risk, type RiskFields, type RiskView } from '../../shared/records';
import type { Audit, RecordStores, RiskHistoryPage } from '../../storage/stores';
import { addedKeys, editOf } from './edits';
import { requireLinkedEpics, requireNewOwner } from './jiraChecks';
import { settingsOf } from './profile';
import type { RiskSave } from './schemas';

/** The product's risk appetite: the profile's, or the default before a profile is saved. */
async function appetiteOf(stores: RecordStores, projectKey: string): Promise<number> {
  return settingsOf(await stores.profiles.get(projectKey)).riskAppetite;
}

/** Highest severity first; among equals, the oldest first, so the order is stable. */
function bySeverity(a: RiskView, b: RiskView): number {
  return b.severity - a.severity || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** The project's register, or only the risks linked to one issue (the epic panel), judged against the product's appetite. */
export async function listRisks(stores: RecordStores, projectKey: string, linkedIssueKey?: string): Promise<{ items: RiskView[]; riskAppetite: number }> {
  const [risks, riskAppetite] = await Promise.all([stores.risks.list(projectKey), appetiteOf(stores, projectKey)]);
  const items = risks
    .filter((risk) => linkedIssueKey === undefined || risk.linkedIssueKeys.includes(linkedIssueKey))
    .map((risk: Risk) => riskViewOf(risk, riskAppetite))
    .sort(bySeverity);
  return { items, riskAppetite };
}

function fieldsOf(input: RiskSave): RiskFields {
  const { statement, likelihood, impact, strategy, mitigation, ownerAccountId, status, reviewDate, linkedIssueKeys } = input;
  const { residualLikelihood, residualImpact, targetLikelihood, targetImpact } = input;
  return {
    statement,
    likelihood,
    impact,
    strategy,
    mitigation,
    ownerAccountId,
    residualLikelihood,
    residualImpact,
    targetLikelihood,
    targetImpact,
    status,
    reviewDate,
    linkedIssueKeys,
  };
}

/**
 * Creates or updates a risk after checking its newly linked epics and a new owner against Jira; the
 * change is appended to the risk's history in the same commit (who, when, which fields from what to what).
 * An owner the risk already had is not checked again, so a person who left does not block an edit.
 */
export async function saveRisk(jira: JiraClient, stores: RecordStores, projectKey: string, input: RiskSave, audit: Audit): Promise<RiskView> {
  const edit = editOf(input, 'risk');
  const current = edit === undefined ? undefined : await stores.risks.get(projectKey, edit.id);
  await requireLinkedEpics(jira, projectKey, input.linkedIssueKeys, addedKeys(input.linkedIssueKeys, current?.linkedIssueKeys), 'risk.linkedIssueKeys');
  await requireNewOwner(jira, input.ownerAccountId, current?.ownerAccountId, 'risk.ownerAccountId');
  const saved = await stores.risks.save(projectKey, edit, fieldsOf(input), audit);
  return riskViewOf(saved, await appetiteOf(stores, projectKey));
}

export async function deleteRisk(stores: RecordStores, projectKey: string, id: string, version: number, audit: Audit): Promise<{ id: string; deleted: true }> {
  await stores.risks.delete(projectKey, id, version, audit);
  return { id, deleted: true };
}

/** A page of a risk's history, newest first; `cursor` is a previous page's `nextCursor`. */
export function riskHistory(stores: RecordStores, projectKey: string, id: string, cursor?: string): Promise<RiskHistoryPage> {
  return stores.risks.history(projectKey, id, cursor);
}
