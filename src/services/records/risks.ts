import type { JiraClient } from '../../jira/client';
import { riskBand, riskSeverity, type Risk, type RiskFields, type RiskView } from '../../shared/records';
import type { Audit, RecordStores, RiskHistoryPage } from '../../storage/stores';
import { addedKeys, editOf } from './edits';
import { requireLinkedEpics } from './jiraChecks';
import type { RiskSave } from './schemas';

/** A risk with its severity and band (docs/METRICS.md, Risk register). */
export function riskView(risk: Risk): RiskView {
  const severity = riskSeverity(risk.likelihood, risk.impact);
  return { ...risk, severity, band: riskBand(severity) };
}

/** Highest severity first; among equals, the oldest first, so the order is stable. */
function bySeverity(a: RiskView, b: RiskView): number {
  return b.severity - a.severity || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** The project's register, or only the risks linked to one issue (the epic panel). */
export async function listRisks(stores: RecordStores, projectKey: string, linkedIssueKey?: string): Promise<RiskView[]> {
  const risks = await stores.risks.list(projectKey);
  return risks
    .filter((risk) => linkedIssueKey === undefined || risk.linkedIssueKeys.includes(linkedIssueKey))
    .map(riskView)
    .sort(bySeverity);
}

function fieldsOf(input: RiskSave): RiskFields {
  const { statement, likelihood, impact, strategy, mitigation, ownerAccountId, status, reviewDate, linkedIssueKeys } = input;
  return { statement, likelihood, impact, strategy, mitigation, ownerAccountId, status, reviewDate, linkedIssueKeys };
}

/**
 * Creates or updates a risk after checking its newly linked epics against Jira; the change is appended
 * to the risk's history in the same commit (who, when, which fields from what to what).
 */
export async function saveRisk(jira: JiraClient, stores: RecordStores, projectKey: string, input: RiskSave, audit: Audit): Promise<RiskView> {
  const edit = editOf(input, 'risk');
  const current = edit === undefined ? undefined : await stores.risks.get(projectKey, edit.id);
  await requireLinkedEpics(jira, projectKey, input.linkedIssueKeys, addedKeys(input.linkedIssueKeys, current?.linkedIssueKeys), 'risk.linkedIssueKeys');
  return riskView(await stores.risks.save(projectKey, edit, fieldsOf(input), audit));
}

export async function deleteRisk(stores: RecordStores, projectKey: string, id: string, version: number, audit: Audit): Promise<{ id: string; deleted: true }> {
  await stores.risks.delete(projectKey, id, version, audit);
  return { id, deleted: true };
}

/** A page of a risk's history, newest first; `cursor` is a previous page's `nextCursor`. */
export function riskHistory(stores: RecordStores, projectKey: string, id: string, cursor?: string): Promise<RiskHistoryPage> {
  return stores.risks.history(projectKey, id, cursor);
}
