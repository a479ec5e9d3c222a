/**
 * The browser's way to call our own route handlers. Every call names the type of what it expects: the domain
 * type (lib/domain.ts, lib/schemas) that the route's own data function returns, imported with `import type`, so
 * the compiler ties the two and no validator ships to the browser (issue #6: "validate, or type the route's
 * return"; the bytes: README → Performance → Pages). What arrives from elsewhere is still checked: an error body
 * must be our one shape with a code from our closed set, else it is a bad_response. Failures become an ApiError
 * with that code, the customer-facing message and any field errors, for widgets (Retry) and forms alike.
 */
import { readApiErrorBody, type ApiErrorCode, type ClientErrorCode, type FieldErrors } from "@/lib/schemas/api-error";

export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    /** The HTTP status, or 0 when no answer arrived. */
    readonly status: number,
    readonly code: ApiErrorCode | ClientErrorCode,
    message: string,
    readonly fields: FieldErrors = {},
  ) {
    super(message);
  }
}

export const FALLBACK_MESSAGE = "Something went wrong. Please try again.";

/** `T` is what the route at `path` answers with: the return type of the lib/ function its handler calls. */
export async function apiFetch<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: "application/json", ...init?.headers } });
  } catch {
    throw new ApiError(0, "network_error", "You appear to be offline. Check your connection and try again.");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiErrorOf(response.status, body);
  return body as T;
}

/** Our one error shape, as received, as an ApiError (for callers that read a response themselves, e.g. a stream). */
export function apiErrorOf(status: number, body: unknown): ApiError {
  const parsed = readApiErrorBody(body);
  // An answer outside our shape is not something to show the customer: say something went wrong, no details.
  if (!parsed) return new ApiError(status, "bad_response", FALLBACK_MESSAGE);
  const { code, message, fields } = parsed.error;
  return new ApiError(status, code, message, fields);
}

/** The init for a JSON request body (mutations): `apiFetch<Account>(path, jsonBody("PATCH", values))`. */
export function jsonBody(method: "POST" | "PUT" | "PATCH" | "DELETE", body: unknown): RequestInit {
  return { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}
