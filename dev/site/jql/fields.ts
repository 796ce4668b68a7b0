import type { FixtureIssue } from '../fixture';
import { INDEXED_PROPERTIES, STATUS_CATEGORIES } from '../jiraConstants';
import { parseInstant } from '../time';
import { JqlError } from './errors';
import { EMPTY_VALUE, idsByIdOrName, required, type FieldDef, type JqlContext, type Rank, type SetField } from './fieldTypes';
import { levelField, propertyField } from './otherFields';
import { resolutionField } from './resolution';

function issueNumber(key: string): number {
  return Number(key.slice(key.lastIndexOf('-') + 1));
}

function issueRef(name: string, rankOf: (issue: FixtureIssue) => Rank, literalRank: (text: string) => Rank | null): SetField {
  return {
    kind: 'set',
    name,
    values: (issue) => [issue.id],
    resolve: (text, written, { view }) => {
      const issue = view.issue(text);
      if (!issue) throw new JqlError(`An issue with key '${text}' does not exist for field '${written}'.`);
      return [issue.id];
    },
    rank: {
      ofIssue: rankOf,
      ofLiteral: (text, written) => {
        const rank = literalRank(text);
        if (rank === null) throw new JqlError(`An issue with key '${text}' does not exist for field '${written}'.`);
        return rank;
      },
    },
    sortKey: (issue) => {
      const rank = rankOf(issue);
      return [rank.group, rank.value];
    },
  };
}

const keyField = issueRef(
  'key',
  (issue) => ({ group: issue.fields.project.key, value: issueNumber(issue.key) }),
  (text) => (/^[A-Za-z][A-Za-z0-9_]*-\d+$/.test(text) ? { group: text.slice(0, text.lastIndexOf('-')).toUpperCase(), value: issueNumber(text) } : null),
);

const idField = issueRef(
  'id',
  (issue) => ({ group: '', value: Number(issue.id) }),
  (text) => (/^\d+$/.test(text) ? { group: '', value: Number(text) } : null),
);

const projectField: SetField = {
  kind: 'set',
  name: 'project',
  values: (issue) => [issue.fields.project.id],
  resolve: (text, written, { view }) => {
    const byKey = view.project(text);
    return required(byKey ? [byKey.id] : idsByIdOrName(view.projects(), text), text, written);
  },
  sortKey: (issue) => [issue.fields.project.key],
};

const issueTypeField: SetField = {
  kind: 'set',
  name: 'issuetype',
  values: (issue) => [issue.fields.issuetype.id],
  resolve: (text, written, { view }) => required(idsByIdOrName(view.fixture.issueTypes, text), text, written),
  functions: {
    standardissuetypes: ({ view }) => view.fixture.issueTypes.filter((t) => t.hierarchyLevel >= 0).map((t) => t.id),
    subtaskissuetypes: ({ view }) => view.fixture.issueTypes.filter((t) => t.subtask).map((t) => t.id),
  },
  sortKey: (issue) => [issue.fields.issuetype.name],
};

const parentField: SetField = {
  kind: 'set',
  name: 'parent',
  values: (issue) => (issue.fields.parent ? [issue.fields.parent.id] : []),
  resolve: (text, written, { view }) => {
    const parent = view.issue(text);
    return required(parent ? [parent.id] : [], text, written);
  },
};

const statusField: SetField = {
  kind: 'set',
  name: 'status',
  values: (issue) => [issue.fields.status.id],
  resolve: (text, written, { view }) => required(idsByIdOrName(view.fixture.statuses, text), text, written),
  sortKey: (issue) => [issue.fields.status.name],
};

const statusCategoryField: SetField = {
  kind: 'set',
  name: 'statusCategory',
  values: (issue) => [issue.fields.status.statusCategory.key],
  resolve: (text, written) => {
    const lower = text.toLowerCase();
    const found = STATUS_CATEGORIES.filter((c) => c.key === lower || c.name.toLowerCase() === lower || String(c.id) === text);
    return required(
      found.map((c) => c.key),
      text,
      written,
    );
  },
};

function sprintsBy(ctx: JqlContext, state: string): string[] {
  return ctx.view
    .sprints()
    .filter((s) => s.state === state)
    .map((s) => String(s.id));
}

const sprintField: SetField = {
  kind: 'set',
  name: 'sprint',
  values: (issue, { view }) => view.sprintIdsOf(issue).map(String),
  resolve: (text, written, { view }) => {
    const lower = text.toLowerCase();
    const found = view.sprints().filter((s) => String(s.id) === text || s.name.toLowerCase() === lower);
    return required(
      found.map((s) => String(s.id)),
      text,
      written,
    );
  },
  functions: {
    opensprints: (ctx) => sprintsBy(ctx, 'active'),
    closedsprints: (ctx) => sprintsBy(ctx, 'closed'),
    futuresprints: (ctx) => sprintsBy(ctx, 'future'),
  },
};

const labelsField: SetField = {
  kind: 'set',
  name: 'labels',
  values: (issue) => issue.fields.labels,
  resolve: (text) => [text],
};

const fixVersionField: SetField = {
  kind: 'set',
  name: 'fixVersion',
  values: (issue) => issue.fields.fixVersions.map((v) => v.id),
  resolve: (text, written, { view }) => required(idsByIdOrName(view.allVersions(), text), text, written),
};

function dateField(name: string, value: (issue: FixtureIssue) => string | null): FieldDef {
  return {
    kind: 'date',
    name,
    value: (issue) => {
      const text = value(issue);
      return text === null ? null : parseInstant(text);
    },
  };
}

const created = dateField('created', (issue) => issue.fields.created);
const updated = dateField('updated', (issue) => issue.fields.updated);
const resolved = dateField('resolved', (issue) => issue.fields.resolutiondate);

/** The clause names of the subset, lower-case, to their definitions. */
const FIELDS: ReadonlyMap<string, FieldDef> = new Map<string, FieldDef>([
  ['project', projectField],
  ['key', keyField],
  ['issuekey', keyField],
  ['id', idField],
  ['issuetype', issueTypeField],
  ['type', issueTypeField],
  ['parent', parentField],
  ['status', statusField],
  ['statuscategory', statusCategoryField],
  ['resolution', resolutionField],
  ['resolved', resolved],
  ['resolutiondate', resolved],
  ['created', created],
  ['createddate', created],
  ['updated', updated],
  ['updateddate', updated],
  ['sprint', sprintField],
  ['labels', labelsField],
  ['fixversion', fixVersionField],
  ['level', levelField],
  ...INDEXED_PROPERTIES.flatMap((p): [string, FieldDef][] => {
    const field = propertyField(p);
    return [
      [field.name.toLowerCase(), field],
      [p.alias.toLowerCase(), field],
    ];
  }),
]);

/** Every function of the subset, to tell an unknown function from one the field does not support. */
export const KNOWN_FUNCTIONS: ReadonlySet<string> = new Set(
  [...FIELDS.values()].flatMap((field) => (field.kind === 'set' ? Object.keys(field.functions ?? {}) : [])),
);

/** The definition of a clause's field; throws Jira's error for a field outside the subset. */
export function fieldNamed(written: string, ctx: JqlContext): FieldDef {
  const field = FIELDS.get(written.toLowerCase());
  if (!field || (field === sprintField && ctx.view.index.sprintFieldId === undefined)) {
    throw new JqlError(`Field '${written}' does not exist or you do not have permission to view it.`);
  }
  return field;
}

export { EMPTY_VALUE };
