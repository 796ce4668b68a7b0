import type { ReactNode } from 'react';
import { view } from '@forge/bridge';
import SectionMessage from '@atlaskit/section-message';
import { Text } from '@atlaskit/primitives';
import type { DialogOutcome, DialogRequest } from './dialogRequest';

/** Closes the host modal; the page that opened it reads `changed` to know whether to reload. */
export type DialogDone = (outcome: DialogOutcome) => void;

/** A surface's dialogs: what to show for a request, or null for a kind the surface does not open. */
export type DialogRenderer = (request: DialogRequest, done: DialogDone) => ReactNode | null;

const done: DialogDone = (outcome) => {
  view.close(outcome).catch((reason: unknown) => console.error('Product Lens: the host did not close the dialog', reason));
};

/** The frame of a host modal: the dialog its request names. */
export function DialogSurface({ request, render }: { request: DialogRequest; render: DialogRenderer }) {
  const shown = render(request, done);
  if (shown !== null) return shown;
  return (
    <SectionMessage appearance="error" title="This dialog cannot open here">
      <Text>{`This page does not open “${request.dialog}” dialogs. Close it and try again from the page.`}</Text>
    </SectionMessage>
  );
}
