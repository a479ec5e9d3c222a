import "server-only";
import { z } from "zod";
import { BudError, type BudErrorKind } from "@/lib/bud/errors";
import { ConflictError, InvalidRequestError, NotFoundError, SharedDemoUserError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { ApiErrorBody, ApiErrorCode, FieldErrors } from "@/lib/schemas/api-error";

const NO_STORE = { "Cache-Control": "no-store" };

export function errorResponse(
  status: number,
  code: ApiErrorCode,
  message: string,
  extra: { fields?: FieldErrors; headers?: Record<string, string> } = {},
): Response {
  const body: ApiErrorBody = { error: { code, message, ...(extra.fields ? { fields: extra.fields } : {}) } };
  return Response.json(body, { status, headers: { ...NO_STORE, ...extra.headers } });
}

export function jsonResponse(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: NO_STORE });
}

const UPSTREAM_ERROR = {
  status: 502,
  code: "upstream_error",
  message: "We couldn’t load your bank data just now. Please try again.",
} as const;

/**
 * Bud failures that reach this point are not the customer's doing: lib/bud has already turned the answers that
 * are about the customer's request (an unknown account, a stale page token) into NotFoundError or
 * InvalidRequestError. So a Bud 400 or 404 here (say on the accounts list, which takes no input) is an upstream
 * error, never "that request wasn't valid".
 */
const UPSTREAM: Record<BudErrorKind, { status: number; code: ApiErrorCode; message: string }> = {
  not_found: UPSTREAM_ERROR,
  validation: UPSTREAM_ERROR,
  rate_limited: { status: 429, code: "rate_limited", message: "Your bank data is busy right now. Please try again in a moment." },
  unavailable: { status: 503, code: "upstream_unavailable", message: "We couldn’t reach your bank data just now. Please try again." },
  timeout: { status: 504, code: "upstream_timeout", message: "Your bank data took too long to respond. Please try again." },
  unauthorised: UPSTREAM_ERROR,
  bad_response: UPSTREAM_ERROR,
  circuit_open: {
    status: 503,
    code: "upstream_unavailable",
    message: "Bud is unavailable right now, so we can’t load your bank data. Please try again in a minute.",
  },
};

/** Seconds for our Retry-After: Bud's own hint or the breaker's cool-down when known, else a short default. */
function retryAfterHeader(error: BudError): Record<string, string> {
  if (error.retryAfterMs !== null) return { "Retry-After": String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))) };
  return error.kind === "rate_limited" ? { "Retry-After": "5" } : {};
}

/** Field name → first message, for forms. */
export function zodFields(error: z.core.$ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Maps any thrown error to our one error shape; unknown errors are logged and answered without details. */
export function toErrorResponse(error: unknown, route: string): Response {
  // Any zod's error: classic (server-only schemas) and mini (the browser-safe ones in lib/schemas) throw different classes.
  if (error instanceof z.core.$ZodError) {
    return errorResponse(400, "invalid_input", "Some of the details you sent aren’t valid.", { fields: zodFields(error) });
  }
  if (error instanceof InvalidRequestError) {
    return errorResponse(400, "invalid_request", "That request wasn’t valid. Please check it and try again.");
  }
  if (error instanceof NotFoundError) return errorResponse(404, "not_found", "We couldn’t find that.");
  if (error instanceof SharedDemoUserError) {
    return errorResponse(
      403,
      "demo_user",
      "The demo account is shared by everyone who tries Budgie, so it can’t do that. Create your own account to try it.",
    );
  }
  if (error instanceof ConflictError) return errorResponse(409, "conflict", error.userMessage);
  if (error instanceof BudError) {
    const mapped = UPSTREAM[error.kind];
    log(mapped.status >= 500 ? "error" : "warn", "upstream_error", {
      route,
      operation: error.operation,
      kind: error.kind,
      status: error.status,
      code_id: error.codeId,
      request_id: error.requestId,
    });
    return errorResponse(mapped.status, mapped.code, mapped.message, { headers: retryAfterHeader(error) });
  }
  // Names only: messages and stacks of unknown errors can carry query parameters, personal data or secrets.
  log("error", "unhandled_error", {
    route,
    error: error instanceof Error ? error.name : typeof error,
    cause: error instanceof Error && error.cause instanceof Error ? error.cause.name : null,
  });
  return errorResponse(500, "internal_error", "Something went wrong on our side. Please try again.");
}
