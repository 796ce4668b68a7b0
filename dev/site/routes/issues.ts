import type { FixtureIssue } from '../fixture';
import { HttpError, jsonBody, listParam, ok, type RequestContext, type Route } from '../http';
import { ISSUE_PROPERTY_DELETED, ISSUE_PROPERTY_SET, issuePropertyEvent } from '../events';
import { issueBean, selectFields } from '../issueBean';
import { PROPERTY_KEY_MAX_LENGTH, PROPERTY_VALUE_MAX_BYTES } from '../jiraConstants';

/** One issue and its entity properties. Writes change the site's in-memory state, so searches see them, and deliver Forge's property events. */
export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

function issueFromPath(ctx: RequestContext): FixtureIssue {
  const issue = ctx.view.issue(ctx.params['issueIdOrKey'] ?? '');
  if (!issue) throw new HttpError(404, ISSUE_NOT_FOUND);
  return issue;
}

function propertyKeyFromPath(ctx: RequestContext): string {
  const key = ctx.params['propertyKey'] ?? '';
  if (key.length > PROPERTY_KEY_MAX_LENGTH) {
    throw new HttpError(400, `The property key cannot be longer than ${PROPERTY_KEY_MAX_LENGTH} characters.`);
  }
  return key;
}

function propertySelf(ctx: RequestContext, issue: FixtureIssue, key: string): string {
  return `${ctx.baseUrl}/rest/api/3/issue/${issue.id}/properties/${encodeURIComponent(key)}`;
}

/** Writing a property needs Edit Issues on the issue's project. */
function requireEdit(ctx: RequestContext, issue: FixtureIssue): void {
  const project = ctx.view.project(issue.fields.project.id);
  if (!project || !ctx.view.hasPermission(project, 'EDIT_ISSUES')) {
    throw new HttpError(403, 'You do not have permission to edit issue properties of this issue.');
  }
}

function getIssue(ctx: RequestContext) {
  const issue = issueFromPath(ctx);
  return ok(
    issueBean(issue, {
      selection: selectFields(listParam(ctx.query, 'fields') ?? ['*all']),
      properties: listParam(ctx.query, 'properties'),
      self: `${ctx.baseUrl}/rest/api/3/issue/${issue.id}`,
      idOnlyAllowed: false,
    }),
  );
}

function propertyKeys(ctx: RequestContext) {
  const issue = issueFromPath(ctx);
  return ok({ keys: Object.keys(issue.properties).map((key) => ({ self: propertySelf(ctx, issue, key), key })) });
}

function getProperty(ctx: RequestContext) {
  const issue = issueFromPath(ctx);
  const key = propertyKeyFromPath(ctx);
  if (!Object.hasOwn(issue.properties, key)) throw new HttpError(404, `The property with key '${key}' does not exist.`);
  return ok({ key, value: issue.properties[key] });
}

function setProperty(ctx: RequestContext) {
  const issue = issueFromPath(ctx);
  const key = propertyKeyFromPath(ctx);
  requireEdit(ctx, issue);
  const value = jsonBody(ctx);
  if (Buffer.byteLength(ctx.bodyText, 'utf8') > PROPERTY_VALUE_MAX_BYTES) {
    throw new HttpError(400, `The property value cannot be larger than ${PROPERTY_VALUE_MAX_BYTES} bytes.`);
  }
  const existed = Object.hasOwn(issue.properties, key);
  // defineProperty, not assignment: a key such as `__proto__` must be stored, not change the prototype.
  Object.defineProperty(issue.properties, key, { value, enumerable: true, writable: true, configurable: true });
  ctx.view.index.noteWrite();
  ctx.view.index.events.deliver(issuePropertyEvent(ISSUE_PROPERTY_SET, issue, key, ctx.view.user.accountId));
  return { status: existed ? 200 : 201 };
}

function deleteProperty(ctx: RequestContext) {
  const issue = issueFromPath(ctx);
  const key = propertyKeyFromPath(ctx);
  requireEdit(ctx, issue);
  if (!Object.hasOwn(issue.properties, key)) throw new HttpError(404, `The property with key '${key}' does not exist.`);
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- properties are the JSON object Jira serves; a Map would not serialize
  delete issue.properties[key];
  ctx.view.index.noteWrite();
  ctx.view.index.events.deliver(issuePropertyEvent(ISSUE_PROPERTY_DELETED, issue, key, ctx.view.user.accountId));
  return { status: 204 };
}

const PROPERTY = '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}';

export const issueRoutes: readonly Route[] = [
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}', handler: getIssue },
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}/properties', handler: propertyKeys },
  { method: 'GET', template: PROPERTY, handler: getProperty },
  { method: 'PUT', template: PROPERTY, handler: setProperty },
  { method: 'DELETE', template: PROPERTY, handler: deleteProperty },
];
