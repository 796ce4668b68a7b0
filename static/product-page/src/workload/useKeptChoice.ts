import { useState } from 'react';

// Module state lives as long as the page: the Workload tab unmounts when another tab is chosen, and
// a reader coming back expects the view they left.
const kept = new Map<string, string>();

/** A view choice (`useState` of a string union) kept for the rest of the page's life under `name`. */
export function useKeptChoice<V extends string>(name: string, initial: V, isChoice: (value: string) => value is V): [V, (value: V) => void] {
  const stored = kept.get(name);
  const [value, setValue] = useState<V>(stored !== undefined && isChoice(stored) ? stored : initial);
  const choose = (next: V) => {
    kept.set(name, next);
    setValue(next);
  };
  return [value, choose];
}
