import { Component, StrictMode, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import SectionMessage from '@atlaskit/section-message';
import { Box, Text, xcss } from '@atlaskit/primitives';

const frameStyles = xcss({
  font: 'font.body',
  color: 'color.text',
  backgroundColor: 'elevation.surface',
  padding: 'space.300',
});

/**
 * The page behind every surface: the theme's surface and type. No fixed height: hosts size the frame
 * to its content (Forge resizes issue panels; the local host resizes every frame).
 */
export function PageFrame({ children, compact = false }: { children: ReactNode; compact?: boolean }) {
  return (
    <Box xcss={[frameStyles, compact && compactFrame]} as="main">
      {children}
    </Box>
  );
}
const compactFrame = xcss({ padding: 'space.100' });

interface BoundaryState {
  failure: Error | null;
}

/** A rendering bug shows as a message naming the surface, not a blank frame. */
class SurfaceErrorBoundary extends Component<{ surface: string; children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { failure: null };

  static getDerivedStateFromError(failure: Error): BoundaryState {
    return { failure };
  }

  override render() {
    if (this.state.failure === null) return this.props.children;
    return (
      <SectionMessage appearance="error" title={`${this.props.surface} stopped working`}>
        <Text>{this.state.failure.message}. Reload the page; tell your Jira admin if it happens again.</Text>
      </SectionMessage>
    );
  }
}

/**
 * Starts a surface: asks the host for its theme (light/dark follows Jira's), then renders `App`.
 * Rendering does not wait for the theme, so a slow host never delays the first paint.
 */
export function boot(surface: string, App: ComponentType): void {
  view.theme.enable().catch((reason: unknown) => {
    console.warn(`${surface}: the host did not apply its theme`, reason);
  });
  const container = document.getElementById('root');
  if (container === null) throw new Error(`${surface}: index.html has no #root element`);
  createRoot(container).render(
    <StrictMode>
      <SurfaceErrorBoundary surface={surface}>
        <App />
      </SurfaceErrorBoundary>
    </StrictMode>,
  );
}
