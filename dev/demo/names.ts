/** Believable names: products, teams, people, sprint goals and issue summaries. */
import type { IssueKind } from './catalogue';
import type { Rng } from './rng';

/** What makes a product keep some issues under a security level: security work, or personal matters. */
export type Sensitivity = 'security' | 'confidential';

export interface Product {
  name: string;
  key: string;
  nouns: readonly string[];
  sensitivity?: Sensitivity;
}

const PRODUCTS: readonly Product[] = [
  { name: 'Payments', key: 'PAY', nouns: ['EFT batch', 'payment schedule', 'refund', 'remittance advice', 'overpayment notice'] },
  { name: 'Benefits Portal', key: 'BEN', nouns: ['eligibility check', 'benefit application', 'dependant record', 'claim status page', 'document upload'] },
  { name: 'Case Management', key: 'CASE', nouns: ['case file', 'caseworker queue', 'appeal', 'case note', 'escalation rule'], sensitivity: 'confidential' },
  { name: 'Identity', key: 'IDN', nouns: ['sign-in flow', 'MFA enrolment', 'access token', 'role mapping', 'account recovery'], sensitivity: 'security' },
  { name: 'Mobile', key: 'MOB', nouns: ['push notification', 'home screen', 'offline cache', 'biometric login', 'app store build'] },
  {
    name: 'Data Platform',
    key: 'DATA',
    nouns: ['ingestion pipeline', 'data catalogue', 'warehouse model', 'nightly extract', 'lineage graph'],
    sensitivity: 'confidential',
  },
  { name: 'Notifications', key: 'NTF', nouns: ['email template', 'SMS gateway', 'delivery report', 'opt-out list', 'letter run'] },
  { name: 'Document Services', key: 'DOCS', nouns: ['PDF renderer', 'e-signature', 'document archive', 'OCR job', 'retention policy'] },
  { name: 'Scheduling', key: 'SCHED', nouns: ['appointment slot', 'calendar sync', 'reminder', 'office hours', 'booking page'] },
  { name: 'Customer Portal', key: 'CUST', nouns: ['profile page', 'inbox', 'address change', 'preferences', 'search'] },
];

/** The `index`-th product; beyond the list, names and keys are numbered (`Payments 2`, `PAY2`). */
export function productAt(index: number): Product {
  const base = PRODUCTS[index % PRODUCTS.length] as Product;
  const round = Math.floor(index / PRODUCTS.length);
  if (round === 0) return base;
  return { ...base, name: `${base.name} ${round + 1}`, key: `${base.key}${round + 1}` };
}

export const TEAM_NAMES: readonly string[] = ['Falcons', 'Otters', 'Comets', 'Harbour', 'Maple', 'Nova', 'Summit', 'Tidal'];

export const SPRINT_GOALS: readonly string[] = [
  '',
  '',
  'Stabilise',
  'Ship the next increment',
  'Close out the release',
  'Reduce the bug backlog',
  'Accessibility fixes',
  'Prepare the pilot',
  'Pay down tech debt',
  'Security hardening',
];

/** Labels that carry no work type, some of them near misses of the real ones. */
export const NOISE_LABELS: readonly string[] = ['customer', 'okr-2026', 'a11y', 'q3', 'planning', 'features', 'tech_debt', 'debt-paydown', 'security'];

/** Work type labels as teams type them: mixed case. */
export const TYPE_LABELS: Readonly<Record<'feature' | 'defect' | 'risk' | 'debt', readonly string[]>> = {
  feature: ['feature', 'Feature'],
  defect: ['Defect', 'defect'],
  risk: ['risk', 'Risk', 'RISK'],
  debt: ['tech-debt', 'Tech-Debt', 'debt'],
};

const PERSONAS = ['caseworker', 'citizen', 'supervisor', 'finance officer', 'agent', 'auditor'];
const STORY_VERBS = ['view', 'update', 'search for', 'download', 'cancel', 'track', 'approve'];
const TASK_VERBS = ['Upgrade', 'Migrate', 'Configure', 'Document', 'Automate', 'Load test', 'Refactor'];
const BUG_SYMPTOMS = [
  'shows the wrong amount',
  'times out under load',
  'fails for French users',
  'is missing after refresh',
  'rejects valid input',
  'duplicates entries',
  'breaks on mobile Safari',
];
const EPIC_THEMES = ['Modernise', 'Self-serve', 'Harden', 'Automate', 'Retire legacy', 'Improve'];
const SUBTASK_STEPS = ['Write tests', 'Update API docs', 'Code review fixes', 'Wire up UI', 'Add telemetry'];

/** A one-line summary for an issue of `kind` in `product`. */
export function summaryFor(rng: Rng, kind: IssueKind, product: Product): string {
  const noun = rng.pick(product.nouns);
  switch (kind) {
    case 'epic':
      return `${rng.pick(EPIC_THEMES)} ${noun}`;
    case 'story':
      return `As ${withArticle(rng.pick(PERSONAS))}, I can ${rng.pick(STORY_VERBS)} the ${noun}`;
    case 'task':
      return `${rng.pick(TASK_VERBS)} ${noun}`;
    case 'bug':
      return `${capitalise(noun)} ${rng.pick(BUG_SYMPTOMS)}`;
    case 'subtask':
      return `${rng.pick(SUBTASK_STEPS)}: ${noun}`;
  }
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
