/** What every stored record carries: `version` is what a save or delete sends back to prove it is current. */
export interface StoredRecord {
  id: string;
  version: number;
  projectKey: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}
