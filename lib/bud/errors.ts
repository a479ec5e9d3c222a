/**
 * Every failure talking to Bud becomes a BudError with a small, closed set of kinds that route handlers map to
 * our one error shape. It carries Bud's `code_id` and `X-Request-Id` for logs and support, never the upstream body.
 */
export type BudErrorKind =
  | "unauthorised"
  | "not_found"
  | "validation"
  | "rate_limited"
  | "unavailable"
  | "timeout"
  | "bad_response"
  /** Refused without calling Bud: the circuit breaker is open after repeated failures. */
  | "circuit_open";

/**
 * The Bud client is one per process (cached on globalThis), but the server bundle can hold several copies of
 * this module (one per route entry), so a plain `instanceof` would miss errors thrown by another copy's class.
 * A registry symbol is the same in every copy, and `Symbol.hasInstance` makes `instanceof` check it.
 */
const BRAND = Symbol.for("budgie.BudError");

export class BudError extends Error {
  override readonly name = "BudError";
  readonly [BRAND] = true;

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  readonly kind: BudErrorKind;
  /** "GET /financial/v3/accounts/{account_id}" — the path template, so logs never hold ids. */
  readonly operation: string;
  readonly status: number | null;
  readonly codeId: string | null;
  readonly requestId: string | null;
  /** When to try again, from Bud's Retry-After or the breaker's cool-down; passed on to our own caller. */
  readonly retryAfterMs: number | null;

  constructor(
    kind: BudErrorKind,
    operation: string,
    details: {
      status?: number | null;
      codeId?: string | null;
      requestId?: string | null;
      retryAfterMs?: number | null;
      cause?: unknown;
    } = {},
  ) {
    super(`Bud ${operation} failed: ${kind}${details.status ? ` (${details.status})` : ""}`, { cause: details.cause });
    this.kind = kind;
    this.operation = operation;
    this.status = details.status ?? null;
    this.codeId = details.codeId ?? null;
    this.requestId = details.requestId ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
  }
}

export function kindForStatus(status: number): BudErrorKind {
  if (status === 401 || status === 403) return "unauthorised";
  if (status === 404) return "not_found";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "unavailable";
  if (status >= 400) return "validation";
  return "bad_response";
}

const CODE_ID = /^[a-z][a-z0-9_]{0,63}$/;

/** Reads only Bud's `code_id` slug from an error body; everything else in it stays upstream. */
export function readCodeId(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    const codeId = (parsed as { code_id?: unknown } | null)?.code_id;
    return typeof codeId === "string" && CODE_ID.test(codeId) ? codeId : null;
  } catch {
    return null;
  }
}
