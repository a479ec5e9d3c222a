/**
 * Domain errors: what lib/bud makes of Bud's answers when they are about the customer's request, and what route
 * handlers and pages map to 404 / 400. Every other BudError is an upstream failure, never the customer's fault.
 */
export class NotFoundError extends Error {
  override readonly name = "NotFoundError";
  constructor(what: string) {
    super(`${what} not found`);
  }
}

/** A request that passed our own checks but that Bud refused because of what the customer sent (a stale page token). */
export class InvalidRequestError extends Error {
  override readonly name = "InvalidRequestError";
  constructor(what: string) {
    super(`Invalid ${what}`);
  }
}

/** A destructive action on a shared demo user, which every visitor signs in as: refused, with sign-up offered. */
export class SharedDemoUserError extends Error {
  override readonly name = "SharedDemoUserError";
  constructor(action: string) {
    super(`Demo users cannot ${action}`);
  }
}

/** A request that conflicts with the current state (an over-allocated account, a journey already used). */
export class ConflictError extends Error {
  override readonly name = "ConflictError";
  constructor(readonly userMessage: string) {
    super(userMessage);
  }
}
