import type { DialogRequest } from '../../common/dialogs/dialogRequest';
import { DialogSurface } from '../../common/dialogs/DialogSurface';
import { recordDialog } from '../../common/dialogs/recordDialogs';

/** The epic panel's dialog (a new risk linked to the epic), in a host modal over the whole issue view. */
export default function EpicDialogs({ request }: { request: DialogRequest }) {
  return <DialogSurface request={request} render={recordDialog} />;
}
