import { useState } from 'react';
import type { ColumnKey, ViewKey } from './columns';
import type { FlowBucket } from './reviewRows';
import { EXCEPTIONS_FIRST, nextSort, type SortState } from './sortRows';

/** How the reader looks at the review: which products, which columns, which work category, in which order. */
export interface ReviewView {
  onlyExceptions: boolean;
  setOnlyExceptions: (only: boolean) => void;
  view: ViewKey;
  setView: (view: ViewKey) => void;
  bucket: FlowBucket;
  setBucket: (bucket: FlowBucket) => void;
  sort: SortState;
  sortBy: (column: ColumnKey) => void;
}

export function useReviewView(): ReviewView {
  const [onlyExceptions, setOnlyExceptions] = useState(false);
  const [view, setView] = useState<ViewKey>('pace');
  const [bucket, setBucket] = useState<FlowBucket>('all');
  const [sort, setSort] = useState<SortState>(EXCEPTIONS_FIRST);
  const sortBy = (column: ColumnKey) => setSort((current) => nextSort(current, column));
  return { onlyExceptions, setOnlyExceptions, view, setView, bucket, setBucket, sort, sortBy };
}
