import type { StoredRecord } from './stored';

/** The product profile: the team brief's roles and the settings the other records read. */

export const PRODUCT_ROLES = ['headOfProduct', 'productManager', 'productOwner', 'securityChampion', 'changeCoordinator', 'supportManager'] as const;
export type ProductRole = (typeof PRODUCT_ROLES)[number];

export const DEFAULT_FISCAL_YEAR_START_MONTH = 4;
export const DEFAULT_ANALYSIS_DUE_DAYS = 30;
/** Appetite a product has until its profile says otherwise (docs/METRICS.md, Risk register: severity 1–25). */
export const DEFAULT_RISK_APPETITE = 12;

/** Account ids of the product team brief's roles. */
export type ProductRoles = Partial<Record<ProductRole, string>>;

export interface ProfileFields {
  productName: string;
  vision: string;
  roles: ProductRoles;
  /** 1 (January) … 12; the month the fiscal year starts. */
  fiscalYearStartMonth: number;
  analysisDueDays: number;
  /** 1–25: the highest current severity the product accepts; a risk above it is flagged. */
  riskAppetite: number;
}
export interface ProductProfile extends StoredRecord, ProfileFields {}
