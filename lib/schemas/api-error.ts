/*
 * Our one error shape and its closed set of codes, shared by the route handlers (lib/api/errors.ts) and the
 * browser (lib/api-fetch.ts), so a widget or form can branch on a code the compiler knows. Browser-safe, and
 * free of zod on purpose: every page that reads our API loads this, and a hand check of one small shape is
 * cheaper than the 31 kB validator (README → Performance → Pages).
 */

/** Every code a route handler may answer with. Add a code here before a route uses it. */
export const API_ERROR_CODES = [
  "invalid_input",
  "invalid_request",
  "unauthenticated",
  "forbidden_origin",
  "not_found",
  "email_taken",
  "rate_limited",
  "demo_user",
  "conflict",
  "upstream_unavailable",
  "upstream_timeout",
  "upstream_error",
  "internal_error",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Codes the browser gives failures that never reached a route handler's answer. */
export const CLIENT_ERROR_CODES = ["network_error", "bad_response"] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/** Field path (`password`, `address.city`) → the first message for it, for forms to show inline. */
export type FieldErrors = Record<string, string>;

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; fields?: FieldErrors };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isApiErrorCode = (value: unknown): value is ApiErrorCode => API_ERROR_CODES.some((code) => code === value);

/** `body` as our error shape, or null when it is anything else (a proxy's HTML, a code outside the set). */
export function readApiErrorBody(body: unknown): ApiErrorBody | null {
  const error = isRecord(body) ? body.error : undefined;
  if (!isRecord(error) || !isApiErrorCode(error.code) || typeof error.message !== "string") return null;
  const { fields } = error;
  if (fields === undefined) return { error: { code: error.code, message: error.message } };
  if (!isRecord(fields) || !Object.values(fields).every((text) => typeof text === "string")) return null;
  return { error: { code: error.code, message: error.message, fields: fields as FieldErrors } };
}
