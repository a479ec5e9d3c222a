import { z } from "zod";

/*
 * Our one error shape and its closed set of codes, shared by the route handlers (lib/api/errors.ts) and the
 * browser (lib/api-fetch.ts), so a widget or form can branch on a code the compiler knows. Browser-safe.
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
export const FieldErrors = z.record(z.string(), z.string());
export type FieldErrors = z.infer<typeof FieldErrors>;

export const ApiErrorBody = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    fields: FieldErrors.optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
