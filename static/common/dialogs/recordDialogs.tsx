import type { ReactNode } from 'react';
import { ConfirmDelete } from '../ConfirmDelete';
import { callResolver } from '../resolvers';
import { RiskFormModal } from '../risks/RiskFormModal';
import { RiskHistoryModal } from '../risks/RiskHistoryModal';
import type { DialogRequest } from './dialogRequest';
import type { DialogDone } from './DialogSurface';

type DeleteRequest = Extract<DialogRequest, { dialog: 'delete' }>;

const DELETES: Record<DeleteRequest['record'], { what: string; consequence: string; key: 'risks/delete' | 'roadmap/delete' }> = {
  risk: { what: 'risk', consequence: 'will be removed from the risk register. Its history is kept.', key: 'risks/delete' },
  milestone: { what: 'milestone', consequence: 'will be removed from the roadmap.', key: 'roadmap/delete' },
};

function DeleteDialog({ request, done }: { request: DeleteRequest; done: DialogDone }) {
  const { what, consequence, key } = DELETES[request.record];
  return (
    <ConfirmDelete
      what={what}
      name={request.name}
      consequence={consequence}
      onConfirm={() => callResolver(key, { id: request.id, version: request.version })}
      onDeleted={() => done({ changed: true })}
      onClose={() => done({ changed: false })}
    />
  );
}

/** The dialogs more than one surface opens: a risk's form and history, and deleting a record. */
export function recordDialog(request: DialogRequest, done: DialogDone): ReactNode | null {
  const saved = () => done({ changed: true });
  const cancelled = () => done({ changed: false });
  switch (request.dialog) {
    case 'risk-form':
      return <RiskFormModal risk={request.risk} linkedIssueKeys={request.linkedIssueKeys} onSaved={saved} onClose={cancelled} />;
    case 'risk-history':
      return <RiskHistoryModal risk={request.risk} onClose={cancelled} />;
    case 'delete':
      return <DeleteDialog request={request} done={done} />;
    default:
      return null;
  }
}
