/**
 * The repositories resolvers use, one per record type (issue 4 fills these in). Each has a Forge
 * (`@forge/kvs`) adapter and a local adapter behind the same interface.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RecordStores {}
