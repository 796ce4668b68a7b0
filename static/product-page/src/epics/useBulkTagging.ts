import { useState } from 'react';
import type { ResolverError } from '../../../../src/shared/result';
import type { WorkType } from '../../../../src/shared/workTypes';
import { BUCKET_STYLES } from '../../../common/workTypeStyle';
import { tagEpicsInBatches } from './tagEpics';

export type TagStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; message: string } | { kind: 'failed'; error: ResolverError };

function successMessage(count: number, workType: WorkType): string {
  return `Tagged ${count} ${count === 1 ? 'epic' : 'epics'} as ${BUCKET_STYLES[workType].label}. The figures include their work once Product Lens has refreshed this project, usually within a minute; this page updates by itself.`;
}

/**
 * The selection of untagged epics and the bulk tag of it. After a tag the figures are reloaded (and
 * watched until the refreshed snapshot is in), so the chart and the table show the new split; epics a
 * failed batch did not reach stay selected.
 */
export function useBulkTagging(untagged: readonly string[], reloadFigures: () => Promise<void>) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<TagStatus>({ kind: 'idle' });
  const chosen = untagged.filter((key) => selected.has(key));

  const toggle = (key: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const tag = async (workType: WorkType) => {
    setStatus({ kind: 'saving' });
    const outcome = await tagEpicsInBatches(chosen, workType);
    if (outcome.updated.length > 0) await reloadFigures();
    setSelected(new Set(outcome.ok ? [] : chosen.filter((key) => !outcome.updated.includes(key))));
    setStatus(outcome.ok ? { kind: 'done', message: successMessage(outcome.updated.length, workType) } : { kind: 'failed', error: outcome.error });
  };

  return {
    selection: { selected, toggle },
    chosen,
    status,
    selectAll: () => setSelected(new Set(untagged)),
    clear: () => setSelected(new Set()),
    tag: (workType: WorkType) => void tag(workType),
    dismiss: () => setStatus({ kind: 'idle' }),
  };
}
