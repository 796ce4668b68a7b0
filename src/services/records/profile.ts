import {
  DEFAULT_ANALYSIS_DUE_DAYS,
  DEFAULT_FISCAL_YEAR_START_MONTH,
  DEFAULT_RISK_APPETITE,
  type ProductProfile,
  type ProfileFields,
} from '../../shared/records';
import type { Audit, RecordStores } from '../../storage/stores';
import type { ProfileSave } from './schemas';

export type ProfileSettings = Pick<ProfileFields, 'fiscalYearStartMonth' | 'analysisDueDays' | 'riskAppetite'>;

/** The settings other records follow: the profile's, or the defaults (April; 30 days; appetite 12) before one is saved. */
export function settingsOf(profile: ProductProfile | undefined): ProfileSettings {
  return {
    fiscalYearStartMonth: profile?.fiscalYearStartMonth ?? DEFAULT_FISCAL_YEAR_START_MONTH,
    analysisDueDays: profile?.analysisDueDays ?? DEFAULT_ANALYSIS_DUE_DAYS,
    riskAppetite: profile?.riskAppetite ?? DEFAULT_RISK_APPETITE,
  };
}

export interface ProfileView {
  profile: ProductProfile | null;
  settings: ProfileSettings;
}

export async function getProfile(stores: RecordStores, projectKey: string): Promise<ProfileView> {
  const profile = await stores.profiles.get(projectKey);
  return { profile: profile ?? null, settings: settingsOf(profile) };
}

/** Saves the project's one profile; the first save sends no version. */
export function saveProfile(stores: RecordStores, projectKey: string, input: ProfileSave, audit: Audit): Promise<ProductProfile> {
  const { version, productName, vision, roles, fiscalYearStartMonth, analysisDueDays, riskAppetite } = input;
  return stores.profiles.save(projectKey, { productName, vision, roles, fiscalYearStartMonth, analysisDueDays, riskAppetite }, version, audit);
}
