import { getVelocityReport, type JiraVelocityReport } from '../jira/agile';
import type { JiraClient } from '../jira/client';
import { JiraError } from '../jira/errors';
import type { ProductFigures } from '../shared/figures';

interface Figures {
  committed: number;
  completed: number;
}

export interface SprintCheck {
  id: number;
  name: string;
  ours: Figures;
  /** Jira's chart's figures; null when its report leaves the sprint out (it lists only recent ones). */
  jira: Figures | null;
}

export interface BoardCheck {
  project: string;
  boardId: number;
  boardName: string;
  /** Why Jira's report could not be read; null when it answered. */
  unavailable: string | null;
  sprints: SprintCheck[];
}

function jiraFigures(report: JiraVelocityReport, sprintId: number): Figures | null {
  const entry = report.velocityStatEntries[String(sprintId)];
  return entry === undefined ? null : { committed: entry.estimated.value, completed: entry.completed.value };
}

async function checkBoard(jira: JiraClient, project: string, board: ProductFigures['velocity']['boards'][number]): Promise<BoardCheck> {
  const base = { project, boardId: board.id, boardName: board.name };
  let report: JiraVelocityReport;
  try {
    report = await getVelocityReport(jira, board.id);
  } catch (error) {
    if (!(error instanceof JiraError)) throw error;
    return { ...base, unavailable: error.message, sprints: [] };
  }
  const sprints = board.sprints.map((sprint) => ({
    id: sprint.id,
    name: sprint.name,
    ours: { committed: sprint.committed, completed: sprint.completed },
    jira: jiraFigures(report, sprint.id),
  }));
  return { ...base, unavailable: null, sprints };
}

/**
 * Each scrum board's sprints, our figures beside those of Jira's own velocity chart, board by board.
 * A board whose chart does not answer (the endpoint is internal) is reported as unavailable and the
 * others are still checked.
 */
export async function verifyVelocity(jira: JiraClient, products: readonly ProductFigures[]): Promise<BoardCheck[]> {
  const checks: BoardCheck[] = [];
  for (const product of products) {
    for (const board of product.velocity.boards) checks.push(await checkBoard(jira, product.project, board));
  }
  return checks;
}

/** Whether a sprint's figures differ from Jira's (a sprint Jira's report leaves out does not differ). */
export function sprintDiffers(check: SprintCheck): boolean {
  return check.jira !== null && (check.jira.committed !== check.ours.committed || check.jira.completed !== check.ours.completed);
}

function sprintLine(check: SprintCheck): string {
  const ours = `ours ${check.ours.committed}/${check.ours.completed}`;
  if (check.jira === null) return `  ${check.name}: ${ours}, not in Jira's report`;
  const theirs = `Jira ${check.jira.committed}/${check.jira.completed}`;
  if (!sprintDiffers(check)) return `  ${check.name}: ${ours}, ${theirs}, same`;
  const delta = (name: string, a: number, b: number) => (a === b ? [] : [`${name} differs by ${a - b > 0 ? '+' : ''}${a - b}`]);
  const differences = [...delta('committed', check.ours.committed, check.jira.committed), ...delta('completed', check.ours.completed, check.jira.completed)];
  return `  ${check.name}: ${ours}, ${theirs}, ${differences.join(', ')}`;
}

/** The checks in words, one line a board and one a sprint (figures as committed/completed). */
export function describeChecks(checks: readonly BoardCheck[]): string {
  const lines: string[] = [];
  for (const check of checks) {
    const board = `${check.project} board ${check.boardId} "${check.boardName}"`;
    if (check.unavailable !== null) {
      lines.push(`verify: ${board}: Jira's velocity report did not answer (${check.unavailable}); carrying on`);
      continue;
    }
    const differing = check.sprints.filter(sprintDiffers).length;
    const compared = check.sprints.filter((sprint) => sprint.jira !== null).length;
    lines.push(`verify: ${board}: ${compared} of ${check.sprints.length} sprints compared with Jira's report, ${differing} differ`);
    lines.push(...check.sprints.map(sprintLine));
  }
  return lines.length === 0 ? 'verify: no scrum board to compare\n' : `${lines.join('\n')}\n`;
}
