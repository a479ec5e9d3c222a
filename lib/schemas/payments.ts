import { z } from "zod";
import { Money, Provider } from "@/lib/domain";
import { PAYMENT_STATES } from "@/lib/payments/rules";
import { ProviderId } from "@/lib/schemas/connect";

/*
 * Bud Pay as our API speaks it: the payment form (one schema for the form and the route that receives its POST),
 * a payment as its pages show it, and the banks that can pay. Browser-safe.
 *
 * CONTRACT between lib/payments (server) and the payment pages: names and shapes here are stable; the server side
 * owns the refinements (IBAN checksum, business days, the reference rule) and keeps them browser-safe so the form
 * shows the same messages as the route: `PaymentForm` (every rule that needs no server, for the form's resolver),
 * `checkPaymentForm` and `earliestDates` (the date pickers' `min`) are in lib/payments/form.ts, which imports this
 * file (so this one cannot re-export them).
 */

/** "Now" is Bud's single payment, "On a date" its scheduled payment. */
export const PaymentKind = z.enum(["single", "scheduled", "standing_order"]);
export type PaymentKind = z.infer<typeof PaymentKind>;

/** Bud's standing-order frequencies. */
export const StandingOrderFrequency = z.enum(["daily", "weekly", "fortnightly", "monthly", "quarterly", "semiannually", "yearly"]);
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
  recipientName: z.string().optional().default(""),
  /** "12-34-56", "123456" or "12 34 56". */
  sortCode: z.string().optional().default(""),
  /** 8 digits (6–7 digit numbers are not accepted: banks pad them, and the user should type what the payee gave). */
  accountNumber: z.string().optional().default(""),
  iban: z.string().optional().default(""),
  /** One of the user's own accounts (transfers, goal top-ups). */
  toAccountId: z.string().optional().default(""),
  /** `YYYY-MM-DD`, scheduled payments: at least one day ahead (UK day). */
  executionDate: z.string().optional().default(""),
  /** `YYYY-MM-DD`, standing orders: a business day at least 3 business days ahead (England and Wales). */
  firstPaymentDate: z.string().optional().default(""),
  /** "" (a select left on its placeholder) counts as unset, so every kind can post the same form. */
  frequency: StandingOrderFrequency.or(z.literal("").transform(() => undefined)).optional(),
  end: StandingOrderEnd.or(z.literal("").transform(() => "never" as const)).optional().default("never"),
  /** `YYYY-MM-DD` when end = on_date; after the first payment. */
  lastPaymentDate: z.string().optional().default(""),
  /** 2–999 when end = after_count; turned into Bud's `last_payment_date`. */
  paymentCount: z.string().optional().default(""),
  /** Set when the form was opened from a savings goal's "Top up", so the outcome page can link back. */
  goalId: z.string().optional().default(""),
});
export type PaymentFormInput = z.input<typeof PaymentFormFields>;

/** A payment as the progress, outcome, detail and list views show it. */
export const PaymentView = z.object({
  /** Our own id (the payment intent's UUID): the only id in our URLs. */
  id: z.uuid(),
  kind: PaymentKind,
  state: PaymentState,
  /** Bud's current status code and message, when Bud has been asked. */
  statusCode: z.string().nullable(),
  statusMessage: z.string().nullable(),
  amount: Money,
  recipient: z.object({
    name: z.string(),
    /** "Sort code 12-34-56, account ending 5678" / "IBAN ending 4321" / the own account's name. */
    detail: z.string(),
    ownAccountId: z.string().nullable(),
  }),
  reference: z.string(),
  provider: Provider.nullable(),
  /** ISO date-time the user submitted it. */
  createdAt: z.string(),
  /** ISO date-time it reached a final state, when it has. */
  finishedAt: z.string().nullable(),
  /** Scheduled: the day it goes. */
  executionDate: z.string().nullable(),
  /** Standing orders: the schedule. */
  schedule: z
    .object({
      frequency: StandingOrderFrequency,
      firstPaymentDate: z.string(),
      lastPaymentDate: z.string().nullable(),
      paymentCount: z.number().int().nullable(),
    })
    .nullable(),
  /** The goal this payment tops up, when started from one. */
  goalId: z.string().nullable(),
  /** While in progress, how soon to ask again (ms); null once final. */
  pollAfterMs: z.number().int().positive().nullable(),
});
export type PaymentView = z.infer<typeof PaymentView>;

export const PaymentList = z.object({ items: z.array(PaymentView) });
export type PaymentList = z.infer<typeof PaymentList>;

/** The list's filter (`/payments?state=paid`). */
export const PaymentListQuery = z.object({ state: PaymentState.optional() });
export type PaymentListQuery = z.infer<typeof PaymentListQuery>;

/** A bank that can pay. */
export const PaymentProvider = z.object({
  provider: Provider,
  kinds: z.array(PaymentKind),
  currencies: z.array(z.enum(["GBP", "EUR"])),
  /** In maintenance: shown, not selectable. */
  maintenance: z.boolean(),
});
export type PaymentProvider = z.infer<typeof PaymentProvider>;

export const PaymentProviderList = z.object({ items: z.array(PaymentProvider) });
export type PaymentProviderList = z.infer<typeof PaymentProviderList>;
