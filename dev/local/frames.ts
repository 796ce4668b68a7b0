import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildDir, type Surface } from '../build/surfaces';
import type { FixtureIssue, FixtureProject } from '../site/fixture';
import { scriptJson } from './html';
import type { HostSession } from './session';

/** The manifest modules, as Forge names them in a frame's context. */
export const SURFACE_MODULES: Record<Surface, { moduleKey: string; type: string }> = {
  'product-page': { moduleKey: 'product-page', type: 'jira:projectPage' },
  'epic-panel': { moduleKey: 'epic-panel', type: 'jira:issuePanel' },
  'portfolio-page': { moduleKey: 'portfolio-review', type: 'jira:globalPage' },
};

export const LOCAL_CLOUD_ID = 'local-cloud-0000';
const LOCAL_APP = 'ari:cloud:ecosystem::extension/product-lens-local/development';

export interface FrameTarget {
  project?: FixtureProject;
  issue?: FixtureIssue;
}

function extensionOf(surface: Surface, target: FrameTarget): Record<string, unknown> {
  const { type } = SURFACE_MODULES[surface];
  const project = target.project && { id: target.project.id, key: target.project.key, type: target.project.projectTypeKey };
  const issue = target.issue && {
    id: target.issue.id,
    key: target.issue.key,
    type: target.issue.fields.issuetype.name,
    typeId: target.issue.fields.issuetype.id,
  };
  return { type, ...(project ? { project } : {}), ...(issue ? { issue, isNewToIssue: false } : {}) };
}

/** The context Forge gives a frame (`view.getContext()`), built from the site, not from the URL. */
export function frameContext(surface: Surface, session: HostSession, target: FrameTarget, siteUrl: string): Record<string, unknown> {
  const { moduleKey } = SURFACE_MODULES[surface];
  return {
    accountId: session.user.accountId,
    cloudId: LOCAL_CLOUD_ID,
    siteUrl,
    environmentId: 'development',
    environmentType: 'DEVELOPMENT',
    localId: `${LOCAL_APP}/static/${moduleKey}`,
    moduleKey,
    locale: 'en-US',
    timezone: session.user.timeZone,
    theme: { colorMode: session.colorMode },
    extension: extensionOf(surface, target),
  };
}

/** Puts the bridge stand-in (and the frame's context) ahead of the surface's own scripts. */
export function injectBridge(indexHtml: string, resource: Surface, context: Record<string, unknown>): string {
  const tags = `<script>window.__PRODUCT_LENS_FRAME__ = ${scriptJson({ resource, context })};</script>\n    <script src="/__bridge/bridge.js"></script>\n    `;
  const at = indexHtml.search(/<link|<script/);
  if (at < 0) throw new Error('The surface build has no <link> or <script> to inject the bridge before');
  return indexHtml.slice(0, at) + tags + indexHtml.slice(at);
}

export function builtIndexHtml(surface: Surface): string | null {
  const file = path.join(buildDir(surface), 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A built asset of a surface (hashed, so cacheable for good); null when absent or outside the build. */
export function builtAsset(surface: Surface, relativePath: string): { body: Buffer; contentType: string } | null {
  const root = buildDir(surface);
  const file = path.resolve(root, relativePath);
  if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) return null;
  return { body: readFileSync(file), contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' };
}
