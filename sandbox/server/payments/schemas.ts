/**
 * Bud Pay request bodies, validated as the spec defines them: a recipient's account number is a 14-digit sort code
 * and account number or an IBAN with a valid checksum, amounts are strings with the currency's decimals, standing
 * orders start at least 3 business days ahead on a business day, scheduled payments at least one day ahead.
 * References are at most 18 characters for every type: the spec states it for standing orders and scheduled
 * payments, and its single-payment status schema cannot hold a longer one either.
 */
import { z } from "zod";
import { MoneyParseError, parseMoney } from "../../../lib/money";
import { validIban } from "../../../lib/payments/iban";
import { businessDaysBetween, isBusinessDay } from "../../data/bank-holidays";
import { dayOfInstant, ukUtcOffsetHours } from "../../data/calendar";
import { rfc3339 } from "../http/dates";

const accountType = z.enum(["SortCodeAccountNumber", "IBAN"], { error: "must be one of [SortCodeAccountNumber IBAN]" });
const accountNumber = z.string().min(14, "must be between 14 and 32 characters").max(32, "must be between 14 and 32 characters");
const personName = z.string().min(1, "must be between 1 and 70 characters").max(70, "must be between 1 and 70 characters");

const recipient = z
  .object({ type: accountType, name: personName, account_number: accountNumber })
  .superRefine((value, ctx) => {
    const ok = value.type === "IBAN" ? validIban(value.account_number) : /^\d{14}$/.test(value.account_number);
    if (!ok) ctx.addIssue({ code: "custom", path: ["account_number"], message: value.type === "IBAN" ? "is not a valid IBAN" : "must be a 6-digit sort code followed by an 8-digit account number" });
  });

const sender = z.object({
  user_id: z.string().min(1, "must be between 1 and 120 characters").max(120, "must be between 1 and 120 characters"),
  type: accountType.optional(),
  name: personName,
  account_number: accountNumber.optional(),
  provider: z.string().optional(),
});

const amount = z
  .object({ value: z.string(), currency: z.enum(["GBP", "EUR"], { error: "must be one of [GBP EUR]" }) })
  .superRefine((money, ctx) => {
    try {
      if (parseMoney(money.value, money.currency).minor > 0) return;
      ctx.addIssue({ code: "custom", path: ["value"], message: "must be greater than 0" });
    } catch (error) {
      if (!(error instanceof MoneyParseError)) throw error;
      ctx.addIssue({ code: "custom", path: ["value"], message: "must have the currency's decimal places" });
    }
  });

const reference = z.string().min(1, "must not be empty").max(18, "must be at most 18 characters");

/** The UK calendar day an instant falls on (payments are domestic: their dates are UK dates). */
function ukDay(ms: number): number {
  const utcDay = dayOfInstant(Math.floor(ms / 1000));
  return dayOfInstant(Math.floor(ms / 1000) + ukUtcOffsetHours(utcDay) * 3600);
}

const envelope = {
  redirect_url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2083, "must be at most 2083 characters"),
  provider: z.string().min(1, "must not be empty"),
  provider_types: z.array(z.enum(["business", "retail", "sandbox"])).optional(),
};

export const singleRequest = z.object({
  ...envelope,
  payment_details: z.object({ reference, recipient, sender, amount }),
});

export function standingOrderRequest(now: () => number) {
  return z.object({
    ...envelope,
    standing_order_details: z
      .strictObject({
        reference,
        recipient,
        sender,
        recurring_amount: amount,
        first_payment_date: rfc3339,
        last_payment_date: rfc3339.optional(),
        frequency: z.enum(["daily", "weekly", "fortnightly", "monthly", "quarterly", "semiannually", "yearly"]),
      })
      .superRefine((details, ctx) => {
        const first = ukDay(Date.parse(details.first_payment_date));
        if (!isBusinessDay(first) || businessDaysBetween(ukDay(now()), first) < 3) {
          ctx.addIssue({ code: "custom", path: ["first_payment_date"], message: "must be a business day at least 3 business days ahead" });
        }
        if (details.last_payment_date !== undefined && Date.parse(details.last_payment_date) <= Date.parse(details.first_payment_date)) {
          ctx.addIssue({ code: "custom", path: ["last_payment_date"], message: "must be after first_payment_date" });
        }
      }),
  });
}

export function scheduledRequest(now: () => number) {
  return z.object({
    ...envelope,
    scheduled_payment_details: z
      .strictObject({ reference, recipient, sender, amount, requested_execution_date: rfc3339 })
      .refine((details) => ukDay(Date.parse(details.requested_execution_date)) > ukDay(now()), {
        path: ["requested_execution_date"],
        message: "must be at least one day ahead",
      }),
  });
}
