import type { JiraClient } from '../jira/client';
import { getBoardConfiguration, getBoards } from '../jira/agile';
import { getFields } from '../jira/platform';
import { fieldIdOfType, STORY_POINTS_FIELD_TYPE } from './siteContext';

/**
 * A project's story point field (docs/METRICS.md): the estimation field of its board with the lowest
 * id; with no board (or one that estimates by issue count), the site's story point field.
 */
export async function storyPointFieldOf(jira: JiraClient, projectKey: string): Promise<string | null> {
  const boards = await getBoards(jira, projectKey);
  const lowest = boards.filter((board) => board.location?.projectKey === projectKey).sort((a, b) => a.id - b.id)[0];
  if (lowest !== undefined) {
    const configuration = await getBoardConfiguration(jira, lowest.id);
    const fieldId = configuration.estimation?.type === 'field' ? configuration.estimation.field?.fieldId : undefined;
    if (fieldId !== undefined) return fieldId;
  }
  return fieldIdOfType(await getFields(jira), STORY_POINTS_FIELD_TYPE);
}
