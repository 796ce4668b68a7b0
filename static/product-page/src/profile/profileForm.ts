import { PRODUCT_ROLES, type ProductProfile, type ProductRole, type ProductRoles, type RecordApi } from '../../../../src/shared/records';
import type { Option } from '../../../common/recordForm';

type Settings = RecordApi['profile/get']['data']['settings'];
type ProfilePayload = RecordApi['profile/save']['payload']['profile'];

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH_OPTIONS: Option<number>[] = MONTH_NAMES.map((label, index) => ({ value: index + 1, label }));

export const ROLE_LABELS: Record<ProductRole, string> = {
  headOfProduct: 'Head of product',
  productManager: 'Product manager',
  productOwner: 'Product owner',
  securityChampion: 'Security champion',
  changeCoordinator: 'Change coordinator',
  supportManager: 'Support manager',
};

/** What the profile form holds: text fields hold strings (numbers are checked on submit), the month an option. */
export interface ProfileFormValues extends Record<ProductRole, string> {
  productName: string;
  vision: string;
  fiscalYearStartMonth: Option<number> | null;
  analysisDueDays: string;
  riskAppetite: string;
}

/** A role's mistake (`profile.roles.…`) names no single field here, so it shows above the form. */
export const PROFILE_FIELDS = ['productName', 'vision', 'fiscalYearStartMonth', 'analysisDueDays', 'riskAppetite'];

export function initialProfileValues(profile: ProductProfile | null, settings: Settings): ProfileFormValues {
  const role = (name: ProductRole) => profile?.roles[name] ?? '';
  return {
    headOfProduct: role('headOfProduct'),
    productManager: role('productManager'),
    productOwner: role('productOwner'),
    securityChampion: role('securityChampion'),
    changeCoordinator: role('changeCoordinator'),
    supportManager: role('supportManager'),
    productName: profile?.productName ?? '',
    vision: profile?.vision ?? '',
    fiscalYearStartMonth: MONTH_OPTIONS[settings.fiscalYearStartMonth - 1] ?? null,
    analysisDueDays: String(settings.analysisDueDays),
    riskAppetite: String(settings.riskAppetite),
  };
}

/** A whole number in [min, max] as typed, or the sentence that says what is expected. */
export function validateWhole(text: string | undefined, min: number, max: number): string | undefined {
  const value = Number((text ?? '').trim());
  return /^\d+$/.test((text ?? '').trim()) && value >= min && value <= max ? undefined : `Enter a whole number from ${min} to ${max}`;
}

/** The `profile/save` payload; the numbers are checked by the form first, and again by the server. */
export function profilePayload(values: ProfileFormValues, profile: ProductProfile | null): ProfilePayload {
  const roles: ProductRoles = {};
  for (const role of PRODUCT_ROLES) if (values[role].trim() !== '') roles[role] = values[role].trim();
  return {
    ...(profile ? { version: profile.version } : {}),
    productName: values.productName.trim(),
    vision: values.vision.trim(),
    roles,
    fiscalYearStartMonth: values.fiscalYearStartMonth?.value ?? 4,
    analysisDueDays: Number(values.analysisDueDays.trim()),
    riskAppetite: Number(values.riskAppetite.trim()),
  };
}
