import { lazy, Suspense, useMemo, type ComponentType } from 'react';
import { Stack } from '@atlaskit/primitives';
import { LoadingState } from './states';

/**
 * A section a later feature adds to a surface, loaded only when the surface shows it. Sections take
 * no props: they read what the surface already loaded from its context hook (e.g. `useEpicDetail()`)
 * and call their own resolvers for the rest.
 */
export interface LazySection {
  /** Stable id, also the section's anchor and test id. */
  id: string;
  title: string;
  load: () => Promise<{ default: ComponentType }>;
}

/** Renders each section below the surface's own content, each with its own loading state. */
export function LazySections({ sections }: { sections: readonly LazySection[] }) {
  // React.lazy components must be made once, not on every render.
  const loaded = useMemo(() => sections.map((section) => ({ ...section, Component: lazy(section.load) })), [sections]);
  if (loaded.length === 0) return null;
  return (
    <Stack space="space.300">
      {loaded.map(({ id, title, Component }) => (
        <Suspense key={id} fallback={<LoadingState label={`Loading ${title.toLowerCase()}…`} />}>
          <Component />
        </Suspense>
      ))}
    </Stack>
  );
}
