/*
 * What a payment may be and how it is seen, stated once for the schemas (lib/schemas/payments.ts), the route's
 * checks, the list's filter and the links that prefill the form (a goal's "Top up", a shortfall's transfer).
 * Free of zod, so the pages that list payments or link to the form do not load the validator. Browser-safe.
 */

/** The states the customer sees a payment in (and filters the list by). */
export const PAYMENT_STATES = ["in_progress", "paid", "failed", "not_completed"] as const;

/** Our stated maximum for one payment (the form says it): £10,000.00 / €10,000.00. */
export const MAX_PAYMENT_MINOR = 1_000_000;
/** One rule of ours for every kind: at most 18 of letters, digits, space and `-./&`. */
export const REFERENCE_MAX = 18;

/** A reference made from free text (a goal's name): only the characters the rule allows, cut to its length. */
export function referenceFrom(text: string): string {
  return text
    .replace(/[^A-Za-z0-9 \-./&]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, REFERENCE_MAX)
    .trim();
}
