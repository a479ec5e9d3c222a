/**
 * The browser's way to call our own route handlers. Every call names the zod schema of what it expects, so the
 * UI never branches on an unchecked body; failures become an ApiError with a code from our closed set, the
 * customer-facing message and any field errors, for widgets (Retry) and forms (inline messages) alike.
 */
import type { z } from "zod";
import { ApiErrorBody, type ApiErrorCode, type ClientErrorCode, type FieldErrors } from "@/lib/schemas/api-error";

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

export async function apiFetch<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  init?: RequestInit,
): Promise<z.output<Schema>> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: "application/json", ...init?.headers } });
  } catch {
    throw new ApiError(0, "network_error", "You appear to be offline. Check your connection and try again.");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiErrorOf(response.status, body);
  const parsed = schema.safeParse(body);
  // An answer of the wrong shape is our bug, not the customer's: say something went wrong, show no details.
  if (!parsed.success) throw new ApiError(response.status, "bad_response", FALLBACK_MESSAGE);
  return parsed.data;
}

/** Our one error shape, as received, as an ApiError (for callers that read a response themselves, e.g. a stream). */
export function apiErrorOf(status: number, body: unknown): ApiError {
  const parsed = ApiErrorBody.safeParse(body);
  if (!parsed.success) return new ApiError(status, "bad_response", FALLBACK_MESSAGE);
  const { code, message, fields } = parsed.data.error;
  return new ApiError(status, code, message, fields);
}

/** The init for a JSON request body (mutations): `apiFetch(path, schema, jsonBody("PATCH", values))`. */
export function jsonBody(method: "POST" | "PUT" | "PATCH" | "DELETE", body: unknown): RequestInit {
  return { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}
