/**
 * Bud's payment searches (`GET /v1/payments/single`, `/standing-order`, `/scheduled`): the calling client's payments
 * of one kind, newest first, filtered by the spec's X- headers and paged by `X-Page-Number`. The spec gives no page
 * size; the stand-in uses 10 (its examples' `results`).
 */
import { z } from "zod";
import { rfc3339 } from "../http/dates";
import { parseOrFail } from "../http/params";
import type { PaymentKind, StoredPayment } from "../store/state";
import { paymentState } from "./status";

export const SEARCH_PAGE_SIZE = 10;

/** The spec's X-Status-Codes enum (8 single-payment codes); the order searches use their own 7-code enum. */
const STATUS_FILTERS: Record<PaymentKind, readonly string[]> = {
  single: ["CREATED", "AWAITING_AUTH", "AUTHENTICATED", "ACCEPTED", "FUNDS_CONFIRMED", "INITIATING", "SETTLED", "FAILED"],
  "standing-order": ["CREATED", "AWAITING_AUTH", "AUTH_REJECTED", "AUTH_COMPLETED", "PENDING", "FAILED", "COMPLETED"],
  scheduled: ["CREATED", "AWAITING_AUTH", "AUTH_REJECTED", "AUTH_COMPLETED", "PENDING", "FAILED", "COMPLETED"],
};

const HEADERS = ["X-Payment-Id", "X-Page-Number", "X-Sender-Providers", "X-Status-Codes", "X-Date-From", "X-Date-To", "X-Amount-From", "X-Amount-To"] as const;

const commaList = z.string().transform((value) => value.split(",").map((item) => item.trim()).filter(Boolean));
const amount = z.string().regex(/^\d+(\.\d{1,2})?$/, "must be an amount such as 10.00").transform(Number);

function filtersSchema(kind: PaymentKind) {
  return z.object({
    "X-Payment-Id": z.string().optional(),
    "X-Page-Number": z.string().regex(/^[1-9]\d{0,5}$/, "must be a page number from 1").transform(Number).default(1),
    "X-Sender-Providers": commaList.optional(),
    "X-Status-Codes": commaList
      .refine((codes) => codes.every((code) => STATUS_FILTERS[kind].includes(code)), `must be among ${STATUS_FILTERS[kind].join(", ")}`)
      .optional(),
    "X-Date-From": rfc3339.transform(Date.parse).optional(),
    "X-Date-To": rfc3339.transform(Date.parse).optional(),
    "X-Amount-From": amount.optional(),
    "X-Amount-To": amount.optional(),
  });
}

export type PaymentFilters = z.output<ReturnType<typeof filtersSchema>>;

/** The search's headers, validated (400 failed_validation naming the header otherwise). */
export function paymentFilters(kind: PaymentKind, header: (name: string) => string | undefined): PaymentFilters {
  const given = Object.fromEntries(HEADERS.map((name) => [name, header(name)]).filter(([, value]) => value !== undefined));
  return parseOrFail(filtersSchema(kind), given);
}

const amountOf = (payment: StoredPayment) => {
  const details = payment.details as { amount?: { value: string }; recurring_amount?: { value: string } };
  return Number((details.amount ?? details.recurring_amount)!.value);
};

function matches(payment: StoredPayment, filters: PaymentFilters, now: number): boolean {
  const value = amountOf(payment);
  return (
    (filters["X-Payment-Id"] === undefined || payment.payment_id === filters["X-Payment-Id"]) &&
    (filters["X-Sender-Providers"] === undefined || filters["X-Sender-Providers"].includes(payment.provider)) &&
    (filters["X-Status-Codes"] === undefined || filters["X-Status-Codes"].includes(paymentState(payment, now).current.code)) &&
    payment.created_at >= (filters["X-Date-From"] ?? -Infinity) &&
    payment.created_at <= (filters["X-Date-To"] ?? Infinity) &&
    value >= (filters["X-Amount-From"] ?? 0) &&
    value <= (filters["X-Amount-To"] ?? Infinity)
  );
}

/** One page of the client's payments of `kind` that match, newest first, with Bud's page-number metadata. */
export function searchPayments(payments: Iterable<StoredPayment>, kind: PaymentKind, clientId: string, filters: PaymentFilters, now: number) {
  const found = [...payments]
    .filter((payment) => payment.client_id === clientId && payment.kind === kind && matches(payment, filters, now))
    .sort((a, b) => b.created_at - a.created_at || (a.payment_id < b.payment_id ? 1 : -1));
  const page = filters["X-Page-Number"];
  const items = found.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE);
  return {
    items,
    metadata: { total_results: found.length, results: items.length, page, total_pages: Math.ceil(found.length / SEARCH_PAGE_SIZE) },
  };
}
