import * as z from "@/lib/schemas/zod";
import type { Money, Provider } from "@/lib/domain";
import { endOrNever, frequencyOrUnset, PAYMENT_KINDS, STANDING_ORDER_FREQUENCIES, textOrEmpty } from "@/lib/payments/form-fields";
import { PAYMENT_STATES } from "@/lib/payments/rules";
import { ProviderId } from "@/lib/schemas/provider-id";

/*
 * Bud Pay as our API speaks it: the payment form (the schema of its POST, which the route parses),
 * a payment as its pages show it, and the banks that can pay. On zod/mini (lib/schemas/zod.ts), for the route and
 * the list's filter; the payment form loads none of it but types (`import type`), as zod would be ≈20 kB of its
 * page (README → Performance → Pages). The answers (a payment, a bank) are only typed here, never parsed, as
 * lib/domain.ts's are.
 *
 * CONTRACT between lib/payments (server) and the payment pages: names and shapes here are stable; the server side
 * owns the refinements (IBAN checksum, business days, the reference rule) and keeps them browser-safe and free of
 * zod so the form shows the same messages as the route: `checkPaymentForm` and `earliestDates` (the date pickers'
 * `min`) are in lib/payments/form.ts, the fields' defaults and how an empty one reads in lib/payments/form-fields.ts.
 */

/** "Now" is Bud's single payment, "On a date" its scheduled payment. */
export const PaymentKind = z.enum(PAYMENT_KINDS);
export type PaymentKind = z.infer<typeof PaymentKind>;

/** Bud's standing-order frequencies. */
export const StandingOrderFrequency = z.enum(STANDING_ORDER_FREQUENCIES);
export type StandingOrderFrequency = z.infer<typeof StandingOrderFrequency>;

/** The four states a user reads, mapped from Bud's 12 single-payment and 7 standing-order/scheduled codes. */
export const PaymentState = z.enum(PAYMENT_STATES);
export type PaymentState = z.infer<typeof PaymentState>;

/** Who is paid: someone by UK sort code + account number, someone by IBAN (EUR), or one of the user's own accounts. */
export const RecipientType = z.enum(["sort_code", "iban", "own_account"]);
export type RecipientType = z.infer<typeof RecipientType>;

/** How a standing order ends. */
export const StandingOrderEnd = z.enum(["never", "on_date", "after_count"]);
export type StandingOrderEnd = z.infer<typeof StandingOrderEnd>;

/** A field that does not apply to every kind of payment: absent is the same as empty. */
const optionalText = z.pipe(z.optional(z.string()), z.transform(textOrEmpty));

/**
 * The form's fields, flat so that a plain `<form method="post">` (application/x-www-form-urlencoded) carries them.
 * Fields that do not apply to the chosen kind or recipient type are ignored (empty strings allowed).
 * `idempotencyKey` is a UUID made when the form is first shown: every submit of that form is the same payment.
 */
export const PaymentFormFields = z.object({
  idempotencyKey: z.uuid(),
  kind: PaymentKind,
  /** The paying bank (a payments provider id). */
  provider: ProviderId,
  currency: z.enum(["GBP", "EUR"]),
  /** As typed ("12.50", "£1,200"); parsed in `currency`, > 0, ≤ MAX_PAYMENT_MINOR (lib/payments/rules.ts), the currency's decimals. */
  amount: z.string(),
  reference: z.string(),
  recipientType: RecipientType,
  /** 1–70 characters; for own accounts the account's name is used. */
  recipientName: optionalText,
  /** "12-34-56", "123456" or "12 34 56". */
  sortCode: optionalText,
  /** 8 digits (6–7 digit numbers are not accepted: banks pad them, and the user should type what the payee gave). */
  accountNumber: optionalText,
  iban: optionalText,
  /** One of the user's own accounts (transfers, goal top-ups). */
  toAccountId: optionalText,
  /** `YYYY-MM-DD`, scheduled payments: at least one day ahead (UK day). */
  executionDate: optionalText,
  /** `YYYY-MM-DD`, standing orders: a business day at least 3 business days ahead (England and Wales). */
  firstPaymentDate: optionalText,
  /** "" (a select left on its placeholder) counts as unset, so every kind can post the same form. */
  frequency: z.pipe(z.optional(z.union([StandingOrderFrequency, z.literal("")])), z.transform(frequencyOrUnset)),
  /** Absent or "" is "never", as the form's default. */
  end: z.pipe(z.optional(z.union([StandingOrderEnd, z.literal("")])), z.transform(endOrNever)),
  /** `YYYY-MM-DD` when end = on_date; after the first payment. */
  lastPaymentDate: optionalText,
  /** 2–999 when end = after_count; turned into Bud's `last_payment_date`. */
  paymentCount: optionalText,
  /** Set when the form was opened from a savings goal's "Top up", so the outcome page can link back. */
  goalId: optionalText,
});
export type PaymentFormInput = z.input<typeof PaymentFormFields>;

/** A payment as the progress, outcome, detail and list views show it. */
export interface PaymentView {
  /** Our own id (the payment intent's UUID): the only id in our URLs. */
  id: string;
  kind: PaymentKind;
  state: PaymentState;
  /** Bud's current status code and message, when Bud has been asked. */
  statusCode: string | null;
  statusMessage: string | null;
  amount: Money;
  recipient: {
    name: string;
    /** "Sort code 12-34-56, account ending 5678" / "IBAN ending 4321" / the own account's name. */
    detail: string;
    ownAccountId: string | null;
  };
  reference: string;
  provider: Provider | null;
  /** ISO date-time the user submitted it. */
  createdAt: string;
  /** ISO date-time it reached a final state, when it has. */
  finishedAt: string | null;
  /** Scheduled: the day it goes. */
  executionDate: string | null;
  /** Standing orders: the schedule. */
  schedule: {
    frequency: StandingOrderFrequency;
    firstPaymentDate: string;
    lastPaymentDate: string | null;
    paymentCount: number | null;
  } | null;
  /** The goal this payment tops up, when started from one. */
  goalId: string | null;
  /** While in progress, how soon to ask again (ms); null once final. */
  pollAfterMs: number | null;
}

export interface PaymentList {
  items: PaymentView[];
}

/** The list's filter (`/payments?state=paid`). */
export const PaymentListQuery = z.object({ state: z.optional(PaymentState) });
export type PaymentListQuery = z.infer<typeof PaymentListQuery>;

/** A bank that can pay. */
export interface PaymentProvider {
  provider: Provider;
  kinds: PaymentKind[];
  currencies: ("GBP" | "EUR")[];
  /** In maintenance: shown, not selectable. */
  maintenance: boolean;
}

export interface PaymentProviderList {
  items: PaymentProvider[];
}
