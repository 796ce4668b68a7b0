import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Grid, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { PRODUCT_ROLES, type RecordApi } from '../../../../src/shared/records';
import { ErrorState, LoadingState } from '../../../common/states';
import { useResolver } from '../../../common/useResolver';
import { useDialog } from '../../../common/dialogs/useDialog';
import { MONTH_NAMES, ROLE_LABELS } from './profileForm';

type ProfileData = RecordApi['profile/get']['data'];

const termStyles = xcss({ margin: 'space.0' });

function Term({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack space="space.025">
      <Text size="small" weight="bold" color="color.text.subtle">
        {label}
      </Text>
      <Box xcss={termStyles} testId={testId}>
        <Text>{value}</Text>
      </Box>
    </Stack>
  );
}

function ProfileView({ data }: { data: ProfileData }) {
  const { profile, settings } = data;
  const days = settings.analysisDueDays === 1 ? '1 day' : `${settings.analysisDueDays} days`;
  return (
    <Stack space="space.200">
      {profile === null && <Text>No profile saved yet: the settings below are the defaults.</Text>}
      <Term label="Product name" value={profile?.productName || '—'} testId="profile-view-productName" />
      <Term label="Vision" value={profile?.vision || '—'} testId="profile-view-vision" />
      <Grid templateColumns="repeat(3, minmax(0, 1fr))" gap="space.200">
        <Term label="Fiscal year starts in" value={MONTH_NAMES[settings.fiscalYearStartMonth - 1] ?? ''} testId="profile-view-fiscalYearStartMonth" />
        <Term label="Impact analysis due" value={`${days} after a release`} testId="profile-view-analysisDueDays" />
        <Term label="Risk appetite" value={`Severity ${settings.riskAppetite} of 25; risks above it are flagged`} testId="profile-view-riskAppetite" />
      </Grid>
      <Grid templateColumns="repeat(3, minmax(0, 1fr))" gap="space.200">
        {PRODUCT_ROLES.map((role) => (
          <Term key={role} label={ROLE_LABELS[role]} value={profile?.roles[role] ?? '—'} testId={`profile-view-${role}`} />
        ))}
      </Grid>
    </Stack>
  );
}

/** The product's profile: name, vision, team roles and the settings the other sections follow. Project admins edit it. */
export default function ProfileSection() {
  const { resource, reload } = useResolver('profile/get', {}, "this product's profile");
  const { open, openFailure } = useDialog(() => void reload());
  if (resource.status === 'loading') return <LoadingState label="Loading the product profile…" />;
  if (resource.status === 'failed') return <ErrorState what={resource.what} error={resource.error} onRetry={() => void reload()} />;
  const data = resource.data;
  return (
    <Stack space="space.200">
      <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
        <Heading size="small" as="h2">
          Product profile
        </Heading>
        {data.canEdit && (
          <Button appearance="primary" onClick={() => open({ dialog: 'profile-form', profile: data }, 'Edit product profile')} testId="edit-profile">
            Edit profile
          </Button>
        )}
      </Inline>
      {openFailure}
      {!data.canEdit && <Text color="color.text.subtle">Project administrators can edit the profile.</Text>}
      <ProfileView data={data} />
    </Stack>
  );
}
