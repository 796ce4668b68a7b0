import { router } from '@forge/bridge';

/** The manifest's module key of the Product tab (manifest.yml `jira:projectPage`). */
export const PRODUCT_PAGE_MODULE_KEY = 'product-page';

/** Opens a project's Product tab in the host (Jira, or the local site), in the same browser tab. */
export function openProductTab(projectKey: string): Promise<void> {
  return router.navigate({ target: 'module', moduleKey: PRODUCT_PAGE_MODULE_KEY, projectKey });
}

/** Opens an issue in Jira in a new browser tab, so the page the reader came from stays open. */
export function openIssue(issueKey: string): Promise<void> {
  return router.open({ target: 'issue', issueKey });
}
