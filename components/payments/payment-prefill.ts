import type { PaymentPrefill } from "@/components/payments/use-payment-form";
import { PAYMENT_FORM_FIELDS } from "@/lib/payments/form-fields";

/*
 * A past payment's values ("Try again") as the form's starting values. Browser-safe and free of zod: "Try again"
 * loads it with the form. A link's query string is read on the server (payment-query-prefill.ts).
 */

const FIELDS = new Set<string>(PAYMENT_FORM_FIELDS);

/** A past payment's values (from `/api/payments/<id>/again`), keeping only the form's own fields, never the idempotency key. */
export function prefillFromValues(values: Record<string, string>): PaymentPrefill {
  return Object.fromEntries(Object.entries(values).filter(([name]) => FIELDS.has(name))) as PaymentPrefill;
}
