/**
 * Bud's error bodies, worded as in Bud's spec (generic bodies from its "Error Responses" section, the rest
 * from per-operation examples). Handlers throw a BudApiError; app.onError renders it with the operation id of
 * the route that threw, unless the body is one of Bud's generic ones whose operation_id is always "unknown".
 */
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** `{field: "message"}` or `{field: ["message", …]}`, as Bud sends both. */
export type ErrorDetails = Record<string, string | string[]> | null;

export interface BudErrorBody {
  operation_id: string;
  code_id: string;
  message: string;
  errors?: ErrorDetails;
}

export class BudApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly codeId: string,
    message: string,
    /** Omitted from the body when undefined: some of Bud's examples have no `errors` key. */
    readonly errors?: ErrorDetails,
    /** Fixed operation id; undefined means "the operation that was called". */
    readonly operationId?: string,
  ) {
    super(message);
  }

  body(currentOperationId?: string): BudErrorBody {
    return {
      operation_id: this.operationId ?? currentOperationId ?? "unknown",
      code_id: this.codeId,
      message: this.message,
      ...(this.errors !== undefined && { errors: this.errors }),
    };
  }
}

const generic = (status: ContentfulStatusCode, message: string) => new BudApiError(status, "unknown", message, {}, "unknown");

export const unauthorisedRequest = () => generic(401, "Unauthorised request");
export const routeNotFound = () => generic(404, "Route or resource not found");
export const methodNotAllowed = () => generic(405, "Method not allowed");

export function failedValidation(errors: ErrorDetails): BudApiError {
  return new BudApiError(400, "failed_validation", "Invalid request payload.", errors);
}

export function bodyDecodeFailed(detail: string): BudApiError {
  return new BudApiError(400, "failed_body_decode", "invalid request body", { decode_error: detail });
}

/** From the platform_v3_customers_get example; the stand-in uses it for every page token it cannot read. */
export function invalidPageToken(): BudApiError {
  return new BudApiError(400, "bad_request", "invalid page token", { page_token: ["Failed to parse page token"] });
}

export function accountNotFound(): BudApiError {
  return new BudApiError(
    404,
    "account_not_found",
    "The specified account could not be found. Please check the account identifier is correct. The account might be closed or suspended.",
    {},
  );
}

/** The per-operation 500 example; it names the request id so a support ticket can quote it. */
export function internalError(requestId: string): BudApiError {
  return new BudApiError(
    500,
    "unknown",
    `An error occurred while processing your request. Get in touch with us and provide us your request id: ${requestId}`,
    undefined,
    "unknown",
  );
}
