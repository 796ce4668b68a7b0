import { Component, lazy, StrictMode, Suspense, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import SectionMessage from '@atlaskit/section-message';
import { Box, Text, xcss } from '@atlaskit/primitives';
import { dialogRequestOf, type DialogRequest } from './dialogs/dialogRequest';
import { LoadingState } from './states';

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

/** A surface's dialogs, loaded only in the frame of a host modal. */
export type DialogsModule = () => Promise<{ default: ComponentType<{ request: DialogRequest }> }>;

/** The dialog a host modal's frame was opened for; null in the surface's own frame. */
async function dialogOfFrame(): Promise<{ request: DialogRequest | null } | null> {
  const context = await view.getContext();
  const modal: unknown = context.extension['modal'];
  return modal === undefined ? null : { request: dialogRequestOf(modal) };
}

function DialogFrame({ request, Dialogs }: { request: DialogRequest | null; Dialogs: ComponentType<{ request: DialogRequest }> }) {
  if (request === null) {
    return (
      <SectionMessage appearance="error" title="This dialog could not open">
        <Text>The page that opened it sent nothing it can show. Close it and try again.</Text>
      </SectionMessage>
    );
  }
  return (
    <Suspense fallback={<LoadingState label="Opening…" />}>
      <Dialogs request={request} />
    </Suspense>
  );
}

/**
 * Starts a surface: asks the host for its theme (light/dark follows Jira's), then renders `App`, or,
 * in the frame of a host modal it opened (`dialogs/`), the dialog asked for. Rendering does not wait
 * for the theme, so a slow host never delays the first paint.
 */
export function boot(surface: string, App: ComponentType, loadDialogs?: DialogsModule): void {
  view.theme.enable().catch((reason: unknown) => {
    console.warn(`${surface}: the host did not apply its theme`, reason);
  });
  const container = document.getElementById('root');
  if (container === null) throw new Error(`${surface}: index.html has no #root element`);
  const root = createRoot(container);
  const render = (node: ReactNode) =>
    root.render(
      <StrictMode>
        <SurfaceErrorBoundary surface={surface}>{node}</SurfaceErrorBoundary>
      </StrictMode>,
    );
  if (loadDialogs === undefined) return render(<App />);
  dialogOfFrame()
    .catch(() => null)
    .then((dialog) => render(dialog === null ? <App /> : <DialogFrame request={dialog.request} Dialogs={lazy(loadDialogs)} />))
    .catch((reason: unknown) => console.error(`${surface}: could not start`, reason));
}
