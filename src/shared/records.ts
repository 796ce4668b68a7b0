/**
 * The product records (issue 4): the contract between the Custom UI and the record resolvers, each key
 * with its payload and data, plus the pure helpers both sides use, one file per record type under
 * `records/`. The project always comes from the Forge context, never the payload. Enumerations are
 * lowercase.
 */
export * from './records/stored';
export * from './records/profile';
export * from './records/roadmap';
export * from './records/risk';
export * from './records/capacity';
export * from './records/release';
export * from './records/api';
