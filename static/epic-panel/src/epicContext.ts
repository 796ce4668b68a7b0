import { createContext, useContext } from 'react';
import type { EpicDetail } from '../../../src/shared/api';

/** The epic the panel shows, as `epic/get` (or the last `epic/tag`) answered, for the panel's sections. */
export const EpicDetailContext = createContext<EpicDetail | null>(null);

export function useEpicDetail(): EpicDetail {
  const epic = useContext(EpicDetailContext);
  if (epic === null) throw new Error('useEpicDetail is used outside the epic panel');
  return epic;
}
