import type { FixtureProject } from '../fixture';
import { z } from 'zod';
import { HttpError, jsonBody, listParam, ok, type RequestContext, type Route } from '../http';
import { PERMISSIONS } from '../jiraConstants';
import type { SiteView } from '../siteView';
import { badPayload } from './search';

/**
 * `GET /rest/api/3/mypermissions`: what the caller may do, on one project or issue or anywhere; and
 * `POST /rest/api/3/permissions/project`: the projects where the caller holds every permission asked.
 */
const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

/** The project the query names; undefined when it names none (the answer is then "in any project"). */
function contextProject(ctx: RequestContext): FixtureProject | undefined {
  const { query, view } = ctx;
  const projectKey = query.get('projectKey');
  const projectId = query.get('projectId');
  const issueKey = query.get('issueKey') ?? query.get('issueId');
  if (projectKey !== null || projectId !== null) {
    const project = view.project(projectKey ?? projectId ?? '');
    if (!project) {
      throw new HttpError(
        404,
        projectKey !== null ? `No project could be found with key '${projectKey}'.` : `No project could be found with id '${projectId ?? ''}'.`,
      );
    }
    return project;
  }
  if (issueKey === null) return undefined;
  const issue = view.issue(issueKey);
  if (!issue) throw new HttpError(404, ISSUE_NOT_FOUND);
  return view.project(issue.fields.project.id);
}

function holds(view: SiteView, key: string, project: FixtureProject | undefined): boolean {
  if (view.isApp) return true;
  if (PERMISSIONS[key]?.type === 'GLOBAL') return key === 'ADMINISTER' && view.user.siteAdmin === true;
  const projects = project ? [project] : view.projects();
  return projects.some((p) => (view.user.permissions[p.key] ?? []).some((held) => held === key));
}

function checkKeys(keys: readonly string[]): void {
  const unknown = keys.filter((key) => PERMISSIONS[key] === undefined);
  if (unknown.length > 0) throw new HttpError(400, `Unrecognized permission key(s): ${unknown.join(', ')}`);
}

function myPermissions(ctx: RequestContext) {
  const keys = listParam(ctx.query, 'permissions');
  if (!keys || keys.length === 0) throw new HttpError(400, 'The permissions parameter is required.');
  checkKeys(keys);
  const project = contextProject(ctx);
  const permissions = Object.fromEntries(
    keys.map((key) => {
      const info = PERMISSIONS[key];
      return [key, { id: info?.id, key, name: info?.name, type: info?.type, description: info?.description, havePermission: holds(ctx.view, key, project) }];
    }),
  );
  return ok({ permissions });
}

/** PermissionsKeysBean, which allows no other keys. */
const permittedBody = z.strictObject({ permissions: z.array(z.string()) });

/** One answer for every project, so the app need not ask `mypermissions` once per project. */
function permittedProjects(ctx: RequestContext) {
  const parsed = permittedBody.safeParse(jsonBody(ctx));
  if (!parsed.success) throw badPayload(parsed.error);
  const keys = parsed.data.permissions;
  checkKeys(keys);
  const projects = ctx.view
    .projects()
    .filter((project) => keys.every((key) => holds(ctx.view, key, project)))
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map((project) => ({ id: Number(project.id), key: project.key }));
  return ok({ projects });
}

export const permissionRoutes: readonly Route[] = [
  { method: 'GET', template: '/rest/api/3/mypermissions', handler: myPermissions },
  { method: 'POST', template: '/rest/api/3/permissions/project', handler: permittedProjects },
];
