import type { PaymentFormFields, PaymentFormInput, StandingOrderEnd, StandingOrderFrequency } from "@/lib/schemas/payments";
import type * as z from "@/lib/schemas/zod";

/*
 * The payment form's fields as typed, and how an empty one reads: stated once for the route's schema
 * (lib/schemas/payments.ts, which parses the post with these very functions) and the form, which checks what was
 * typed with the route's rules (lib/payments/form.ts) without loading zod. Browser-safe, free of zod.
 */

/** The kinds of payment, as the form offers them (here rather than in rules.ts: the payments list never needs them). */
export const PAYMENT_KINDS = ["single", "scheduled", "standing_order"] as const;

/** Bud's standing-order frequencies, as "How often" offers them. */
export const STANDING_ORDER_FREQUENCIES = ["daily", "weekly", "fortnightly", "monthly", "quarterly", "semiannually", "yearly"] as const;

/** What the form holds: every field as a string, as a form post carries it (the idempotency key is the form's own). */
export type PaymentFormValues = Required<Omit<PaymentFormInput, "idempotencyKey">>;
/** The fields as the route reads them: empty optional fields as "", an unset frequency, a standing order's end. */
export type PaymentFields = z.output<typeof PaymentFormFields>;

/** A new form: a payment now, by sort code, in pounds; a standing order would be monthly until cancelled. */
export const EMPTY_PAYMENT_FORM: PaymentFormValues = {
  kind: "single",
  provider: "",
  currency: "GBP",
  amount: "",
  reference: "",
  recipientType: "sort_code",
  recipientName: "",
  sortCode: "",
  accountNumber: "",
  iban: "",
  toAccountId: "",
  executionDate: "",
  firstPaymentDate: "",
  frequency: "monthly",
  end: "never",
  lastPaymentDate: "",
  paymentCount: "",
  goalId: "",
};

/** The form's own fields (a past payment's values may hold more). */
export const PAYMENT_FORM_FIELDS = Object.keys(EMPTY_PAYMENT_FORM) as (keyof PaymentFormValues)[];

/** A field that does not apply to every kind of payment: absent is the same as empty. */
export const textOrEmpty = (value: string | undefined): string => value ?? "";

/** "" (a select left on its placeholder) counts as unset, so every kind can post the same form. */
export const frequencyOrUnset = (value: StandingOrderFrequency | "" | undefined): StandingOrderFrequency | undefined =>
  value === "" ? undefined : value;

/** A standing order without an end chosen runs until cancelled. */
export const endOrNever = (value: StandingOrderEnd | "" | undefined): StandingOrderEnd => (value === "" || value === undefined ? "never" : value);

/** What the form holds, read as the route's schema reads the post (the route then checks it with the same rules). */
export function paymentFields(values: PaymentFormValues, idempotencyKey: string): PaymentFields {
  return { ...values, idempotencyKey, frequency: frequencyOrUnset(values.frequency), end: endOrNever(values.end) };
}
