import type { ServerResponse } from 'node:http';
import { SURFACES, type Surface } from '../build/surfaces';
import type { SiteView } from '../site/siteView';
import { builtAsset, builtIndexHtml, frameContext, injectBridge, type FrameTarget } from './frames';
import { send, sendHtml } from './http';
import type { HostSession } from './session';

function isSurface(name: string): name is Surface {
  return (SURFACES as readonly string[]).includes(name);
}

/** The frame's target from its query, as the acting user sees the site; null when they cannot. */
function targetOf(surface: Surface, query: URLSearchParams, view: SiteView): FrameTarget | null {
  if (surface === 'portfolio-page') return {};
  if (surface === 'product-page') {
    const project = view.project(query.get('project') ?? '');
    return project ? { project } : null;
  }
  const issue = view.issue(query.get('issue') ?? '');
  const project = issue && view.project(issue.fields.project.key);
  return issue && project ? { issue, project } : null;
}

function frameMessage(res: ServerResponse, status: number, message: string): void {
  sendHtml(res, status, `<!doctype html><html lang="en"><body><p>${message}</p></body></html>`);
}

/**
 * `/frames/<surface>/…`: the surface's real build. Its index.html gets the bridge stand-in and the
 * Forge context of this frame; every other file is served as built.
 */
export function serveFrame(res: ServerResponse, url: URL, session: HostSession, view: SiteView, siteUrl: string): void {
  const [, , surfaceName = '', ...rest] = url.pathname.split('/');
  if (!isSurface(surfaceName)) return frameMessage(res, 404, `There is no surface called ${surfaceName}.`);
  const assetPath = rest.join('/');
  if (assetPath !== '' && assetPath !== 'index.html') {
    const asset = builtAsset(surfaceName, assetPath);
    if (asset === null) return frameMessage(res, 404, `static/${surfaceName}/build/${assetPath} does not exist.`);
    return send(res, 200, asset.contentType, asset.body, { 'Cache-Control': 'public, max-age=31536000, immutable' });
  }
  const indexHtml = builtIndexHtml(surfaceName);
  if (indexHtml === null) return frameMessage(res, 503, `static/${surfaceName}/build is missing: run npm run build (npm start does it for you).`);
  const target = targetOf(surfaceName, url.searchParams, view);
  if (target === null) return frameMessage(res, 404, 'This project or issue does not exist, or you do not have permission to see it.');
  sendHtml(res, 200, injectBridge(indexHtml, surfaceName, frameContext(surfaceName, session, target, siteUrl)));
}
