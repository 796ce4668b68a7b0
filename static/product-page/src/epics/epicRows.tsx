import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { EpicSummary } from '../../../../src/shared/api';
import { formatPoints } from '../../../common/format';
import { IssueLink } from '../../../common/IssueLink';
import { BUCKET_STYLES, SOURCE_LABELS } from '../../../common/workTypeStyle';

const STATUS_LOZENGES: Record<EpicSummary['statusCategory'], { label: string; appearance: 'default' | 'inprogress' | 'success' }> = {
  new: { label: 'To do', appearance: 'default' },
  indeterminate: { label: 'In progress', appearance: 'inprogress' },
  done: { label: 'Done', appearance: 'success' },
};

const SELECT_CELL = { key: 'select', content: 'Select' };

const EPIC_CELLS = [
  { key: 'key', content: 'Epic', isSortable: true },
  { key: 'summary', content: 'Summary', isSortable: true },
  { key: 'status', content: 'Status' },
  { key: 'type', content: 'Work category', isSortable: true },
  { key: 'source', content: 'Decided by' },
  { key: 'delivered', content: 'Delivered pts', isSortable: true },
  { key: 'remaining', content: 'Remaining pts', isSortable: true },
];

/** The table head; the Select column only while some epic is untagged. */
export function epicHead(selectable: boolean) {
  return { cells: selectable ? [SELECT_CELL, ...EPIC_CELLS] : EPIC_CELLS };
}

export interface RowSelection {
  selected: ReadonlySet<string>;
  toggle: (key: string) => void;
}

/** Issue keys sort by project, then number: PAY-9 before PAY-10. */
function keyOrder(key: string): number {
  return Number(key.slice(key.lastIndexOf('-') + 1));
}

function SelectToggle({ epic, selected, onToggle }: { epic: EpicSummary; selected: boolean; onToggle: (key: string) => void }) {
  if (epic.workType !== 'untagged') return null;
  return (
    <Button spacing="compact" isSelected={selected} aria-pressed={selected} aria-label={`Select ${epic.key} for tagging`} onClick={() => onToggle(epic.key)}>
      {selected ? 'Selected' : 'Select'}
    </Button>
  );
}

/**
 * One table row per epic; only untagged epics can be picked for bulk tagging. Dynamic table sorts by a
 * cell's `key`, so sortable cells carry their sort value there.
 */
export function epicRow(epic: EpicSummary, selection: RowSelection | null) {
  const status = STATUS_LOZENGES[epic.statusCategory];
  const style = BUCKET_STYLES[epic.workType];
  const select = selection && { key: 'select', content: <SelectToggle epic={epic} selected={selection.selected.has(epic.key)} onToggle={selection.toggle} /> };
  return {
    key: epic.key,
    cells: [
      ...(select ? [select] : []),
      { key: keyOrder(epic.key), content: <IssueLink issueKey={epic.key} /> },
      { key: epic.summary, content: epic.summary },
      { key: 'status', content: <Lozenge appearance={status.appearance}>{status.label}</Lozenge> },
      { key: epic.workType, content: <Lozenge appearance={style.lozenge}>{style.label}</Lozenge> },
      { key: 'source', content: SOURCE_LABELS[epic.source] },
      { key: epic.deliveredPoints, content: formatPoints(epic.deliveredPoints) },
      { key: epic.remainingPoints, content: formatPoints(epic.remainingPoints) },
    ],
  };
}
