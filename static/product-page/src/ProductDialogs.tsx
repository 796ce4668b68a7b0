import type { ReactNode } from 'react';
import type { DialogRequest } from '../../common/dialogs/dialogRequest';
import { DialogSurface, type DialogDone } from '../../common/dialogs/DialogSurface';
import { recordDialog } from '../../common/dialogs/recordDialogs';
import { ProfileFormModal } from './profile/ProfileFormModal';
import { AnalysisFormModal } from './releases/AnalysisFormModal';
import { MilestoneFormModal } from './roadmap/MilestoneFormModal';

function productDialog(request: DialogRequest, done: DialogDone): ReactNode | null {
  const saved = () => done({ changed: true });
  const cancelled = () => done({ changed: false });
  switch (request.dialog) {
    case 'milestone-form':
      return <MilestoneFormModal item={request.item} month={request.month} onSaved={saved} onClose={cancelled} />;
    case 'analysis-form':
      return <AnalysisFormModal release={request.release} onSaved={saved} onClose={cancelled} />;
    case 'profile-form':
      return <ProfileFormModal data={request.profile} onSaved={saved} onClose={cancelled} />;
    default:
      return recordDialog(request, done);
  }
}

/** The Product tab's dialogs, each in the frame of a host modal over the whole Jira page. */
export default function ProductDialogs({ request }: { request: DialogRequest }) {
  return <DialogSurface request={request} render={productDialog} />;
}
