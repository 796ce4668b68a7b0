/**
 * Errors services throw for the caller's mistakes or rights; resolvers turn them into result codes.
 * Jira's own failures stay `JiraError`s (src/jira/errors.ts).
 */
export class ValidationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** A save against a newer stored version: carries the record as it is now. */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly current: unknown,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}
