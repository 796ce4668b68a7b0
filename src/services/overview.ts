import { EPIC_LEVEL, STANDARD_LEVEL } from '../domain/issue';
import { epicOf, resolveWorkType } from '../domain/workType';
import { workloadShares } from '../domain/workload';
import type { EpicSummary, ProductOverview } from '../shared/api';
import type { JiraClient } from '../jira/client';
import type { IssueRecord } from './issueRecords';
import { productFigures, type ProductInput } from './productFigures';
import { findProject, loadProducts } from './rollup';

/**
 * The epics of a product with their work type, how it was decided, and the points of their standard
 * issues delivered and remaining.
 */
export function epicSummaries(product: ProductInput): EpicSummary[] {
  const byKey = new Map(product.issues.map((record) => [record.snapshot.key, record.snapshot]));
  const children = new Map<string, IssueRecord[]>();
  for (const record of product.issues) {
    const parent = record.snapshot.parent;
    if (record.snapshot.hierarchyLevel !== STANDARD_LEVEL || parent === null) continue;
    children.set(parent.key, [...(children.get(parent.key) ?? []), record]);
  }
  return product.issues
    .filter((record) => record.snapshot.hierarchyLevel === EPIC_LEVEL && record.projectKey === product.projectKey)
    .map((record) => {
      const resolved = resolveWorkType(record.snapshot, epicOf(record.snapshot, (key) => byKey.get(key)));
      const own = children.get(record.snapshot.key) ?? [];
      const points = (done: boolean) =>
        own.filter((child) => (child.snapshot.resolutionDate !== null) === done).reduce((sum, child) => sum + (child.snapshot.storyPoints ?? 0), 0);
      return {
        key: record.snapshot.key,
        summary: record.summary,
        statusCategory: record.snapshot.statusCategory,
        workType: resolved.workType,
        source: resolved.source,
        deliveredPoints: points(true),
        remainingPoints: points(false),
      };
    });
}

/**
 * The Product tab's figures: workload with shares, in-flight mix, velocity, and the epics. `canEdit`
 * comes from the caller's permission check, which already asked Jira.
 */
export async function productOverview(jira: JiraClient, projectKey: string, months: number, canEdit: boolean): Promise<ProductOverview> {
  const loaded = await loadProducts(jira, [await findProject(jira, projectKey)]);
  const input = loaded.products[0];
  if (input === undefined) throw new Error(`No data was loaded for project ${projectKey}`);
  const product = productFigures(input, loaded.site, months);
  return {
    site: { now: loaded.site.now, timeZone: loaded.site.timeZone },
    product,
    shares: product.workload.months.map((month) => ({
      month: month.month,
      byPoints: workloadShares(month, 'points'),
      byCount: workloadShares(month, 'count'),
    })),
    inFlightShares: { byPoints: workloadShares(product.inFlight, 'points'), byCount: workloadShares(product.inFlight, 'count') },
    epics: epicSummaries(input),
    canEdit,
  };
}
