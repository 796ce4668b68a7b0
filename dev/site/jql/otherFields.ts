import type { IndexedProperty } from '../jiraConstants';
import { idsByIdOrName, required, type SetField } from './fieldTypes';

// Fields of the subset beyond the issue's core ones: its security level and indexed entity properties.

/** `level`: the issue security level, by id or name among the levels the user holds (the others do not exist for them). */
export const levelField: SetField = {
  kind: 'set',
  name: 'level',
  values: (issue) => (issue.fields.security ? [issue.fields.security.id] : []),
  resolve: (text, written, { view }) => required(idsByIdOrName(view.securityLevels(), text), text, written),
};

export function propertyField(property: IndexedProperty): SetField {
  return {
    kind: 'set',
    name: `issue.property[${property.key}].${property.path}`,
    values: (issue) => {
      const value = issue.properties[property.key];
      const at: unknown = typeof value === 'object' && value !== null ? Object.entries(value).find(([k]) => k === property.path)?.[1] : undefined;
      return typeof at === 'string' || typeof at === 'number' || typeof at === 'boolean' ? [String(at)] : [];
    },
    resolve: (text) => [text],
  };
}
