import "server-only";
import { BudError } from "@/lib/bud/errors";
import { InvalidRequestError, NotFoundError } from "@/lib/errors";

/**
 * Bud's answers about one budget or goal that are about the customer's request: not theirs (404) or refused
 * (400, after our own checks passed: a period Bud will not serve, a stale page token). Anything else stays a BudError.
 */
export async function aboutOne<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof BudError && error.kind === "not_found") throw new NotFoundError(what);
    if (error instanceof BudError && error.kind === "validation") throw new InvalidRequestError(what.toLowerCase());
    throw error;
  }
}
