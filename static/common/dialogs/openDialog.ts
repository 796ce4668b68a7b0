import { Modal } from '@forge/bridge';
import type { DialogKind, DialogOutcome, DialogRequest } from './dialogRequest';

/** Forge's named sizes: forms and history take `large` (800 px × 70vh, at least 720 px tall). */
const SIZES: Record<DialogKind, 'small' | 'large'> = {
  'risk-form': 'large',
  'risk-history': 'large',
  'milestone-form': 'large',
  'analysis-form': 'large',
  'profile-form': 'large',
  delete: 'small',
};

function outcomeOf(payload: unknown): DialogOutcome {
  const changed = typeof payload === 'object' && payload !== null && 'changed' in payload && payload.changed === true;
  return { changed };
}

/**
 * Opens `request` in Forge's host modal and resolves when it closes: `changed` when it saved or
 * deleted. Rejects when the host cannot open a modal. No `title` option: the dialog draws its own
 * title, and a host header would repeat it.
 */
export function openDialog(request: DialogRequest): Promise<DialogOutcome> {
  return new Promise((resolve, reject) => {
    const modal = new Modal({ size: SIZES[request.dialog], context: { request }, onClose: (payload: unknown) => resolve(outcomeOf(payload)) });
    modal.open().catch(reject);
  });
}
