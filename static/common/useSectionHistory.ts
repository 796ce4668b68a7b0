import { useEffect, useRef, useState } from 'react';
import { view } from '@forge/bridge';
import { sectionIndexOf } from './sectionPath';

type History = Awaited<ReturnType<typeof view.createHistory>>;

/**
 * The selected section, kept in the page's address through Forge's `view.createHistory()`, so a
 * person can send a link to `…/product/risks`, and Back returns to the section they came from. The
 * first section's address is the page's own. A host without routing leaves the tabs working alone.
 */
export function useSectionHistory(ids: readonly string[]): [number, (index: number) => void] {
  const [selected, setSelected] = useState(0);
  const history = useRef<History | null>(null);
  useEffect(() => {
    let active = true;
    let unlisten: (() => void) | undefined;
    view
      .createHistory()
      .then((created) => {
        if (!active) return;
        history.current = created;
        setSelected(sectionIndexOf(created.location.pathname, ids));
        unlisten = created.listen((location) => setSelected(sectionIndexOf(location.pathname, ids)));
      })
      .catch((reason: unknown) => console.warn('Product Lens: sections are not in the address here', reason));
    return () => {
      active = false;
      unlisten?.();
    };
  }, [ids]);
  const select = (index: number) => {
    setSelected(index);
    const id = ids[index];
    if (history.current !== null && id !== undefined) history.current.push(index === 0 ? '/' : `/${id}`);
  };
  return [selected, select];
}
