import "server-only";
import { z } from "zod";
import { getBudClient, type BudClient } from "@/lib/bud/client";
import { parseWire } from "@/lib/bud/wire";
import { toWireAmount, type Money } from "@/lib/money";
import { rangeInstants, type IsoDate } from "@/lib/periods";
import type { PaymentKind, PaymentProvider, StandingOrderFrequency } from "@/lib/schemas/payments";

/*
 * Bud Pay (§2.8): the paying banks, a hosted payment URL per kind, and a payment's status. Every payment endpoint
 * takes the client header only: the payer is `sender.user_id`, our own user id (which is also the Bud customer's
 * idempotent identifier, never an email). The POSTs are never retried blindly: the transport retries GETs only (a
 * 401 is answered with one token refresh, Bud having done nothing), so a lost answer is the intent store's problem,
 * which never sends a second POST for one intent without the first having failed.
 */

const PROVIDERS = "GET /v1/payments/providers";
const SERVICE = { single: "domestic-single-payment", standing_order: "domestic-standing-order", scheduled: "domestic-scheduled-payment" } as const;
const KIND_OF_SERVICE = Object.fromEntries(Object.entries(SERVICE).map(([kind, service]) => [service, kind])) as Record<string, PaymentKind>;

const WireProviders = z.object({
  data: z.array(
    z.object({
      provider: z.string().min(1),
      display_name: z.string(),
      icon: z.string().nullish(),
      services: z.array(z.string()),
      maintenance_status: z.enum(["active", "inactive"]),
      supported_currencies: z.array(z.string()),
    }),
  ),
});

/** The banks that can pay; `maintenance_status: inactive` is Bud's "in maintenance". */
export async function listPaymentProviders(bud: BudClient = getBudClient()): Promise<PaymentProvider[]> {
  const { data } = await bud.api.GET("/v1/payments/providers", { params: { header: bud.clientHeaders() } });
  return parseWire(WireProviders, data, PROVIDERS).data.map((wire) => ({
    provider: { id: wire.provider, name: wire.display_name || wire.provider, logoUrl: wire.icon || null },
    kinds: wire.services.flatMap((service) => (KIND_OF_SERVICE[service] ? [KIND_OF_SERVICE[service]] : [])),
    currencies: wire.supported_currencies.filter((currency): currency is "GBP" | "EUR" => currency === "GBP" || currency === "EUR"),
    maintenance: wire.maintenance_status !== "active",
  }));
}

export interface BudPayRequest {
  kind: PaymentKind;
  provider: string;
  /** Our callback, with the intent's state. */
  redirectUrl: string;
  reference: string;
  amount: Money;
  recipient: { type: "SortCodeAccountNumber" | "IBAN"; name: string; accountNumber: string };
  sender: { userId: string; name: string };
  /** Scheduled payments. */
  executionDate?: IsoDate | null;
  /** Standing orders. */
  schedule?: { frequency: StandingOrderFrequency; firstPaymentDate: IsoDate; lastPaymentDate: IsoDate | null } | null;
}

const BudPayResponse = z.object({ data: z.object({ bud_pay_url: z.url({ protocol: /^https?$/ }), payment_id: z.string().min(1).max(128) }) });

/** London midnight of a day, as the RFC 3339 date-time Bud's date fields take. */
const dayStart = (day: IsoDate) => rangeInstants({ from: day, to: day }).from;

/** Asks Bud for a hosted payment URL: one POST, one payment. Bud's 400 (bad details, a bank gone into maintenance) is a BudError. */
export async function createBudPayUrl(request: BudPayRequest, bud: BudClient = getBudClient()): Promise<{ url: string; paymentId: string }> {
  const header = bud.clientHeaders();
  const recipient = { type: request.recipient.type, name: request.recipient.name, account_number: request.recipient.accountNumber };
  const sender = { user_id: request.sender.userId, name: request.sender.name };
  const amount = { value: toWireAmount(request.amount).value, currency: request.amount.currency };
  const common = { reference: request.reference, recipient, sender };
  const envelope = { redirect_url: request.redirectUrl, provider: request.provider };
  let data: unknown;
  switch (request.kind) {
    case "single":
      ({ data } = await bud.api.POST("/v1/payments/single/bud-pay-url", {
        params: { header },
        body: { ...envelope, payment_details: { ...common, amount } },
      }));
      break;
    case "scheduled":
      ({ data } = await bud.api.POST("/v1/payments/scheduled/bud-pay-url", {
        params: { header },
        body: { ...envelope, scheduled_payment_details: { ...common, amount, requested_execution_date: dayStart(request.executionDate!) } },
      }));
      break;
    case "standing_order": {
      const { frequency, firstPaymentDate, lastPaymentDate } = request.schedule!;
      ({ data } = await bud.api.POST("/v1/payments/standing-order/bud-pay-url", {
        params: { header },
        body: {
          ...envelope,
          standing_order_details: {
            ...common,
            recurring_amount: amount,
            frequency,
            first_payment_date: dayStart(firstPaymentDate),
            ...(lastPaymentDate ? { last_payment_date: dayStart(lastPaymentDate) } : {}),
          },
        },
      }));
      break;
    }
  }
  const parsed = parseWire(BudPayResponse, data, `POST /v1/payments/${pathKind(request.kind)}/bud-pay-url`).data;
  return { url: parsed.bud_pay_url, paymentId: parsed.payment_id };
}

/** Bud's 12 single-payment codes. */
export const SINGLE_STATUS_CODES = [
  "CREATED",
  "AWAITING_AUTH",
  "AUTHENTICATED",
  "AUTH_REJECTED",
  "AUTH_COMPLETED",
  "FUNDS_CONFIRMED",
  "INSUFFICIENT_FUNDS",
  "INITIATING",
  "ACCEPTED",
  "SETTLED",
  "PAYMENT_REJECTED",
  "FAILED",
] as const;
/** Bud's 7 standing-order and scheduled-payment codes. */
export const ORDER_STATUS_CODES = ["CREATED", "AWAITING_AUTH", "AUTH_REJECTED", "AUTH_COMPLETED", "PENDING", "FAILED", "COMPLETED"] as const;
export type SingleStatusCode = (typeof SINGLE_STATUS_CODES)[number];
export type OrderStatusCode = (typeof ORDER_STATUS_CODES)[number];

const statusBody = <C extends z.ZodType>(code: C) =>
  z.object({
    data: z.object({
      payment_id: z.string(),
      state: z.object({
        status_code: code,
        status_message: z.string(),
        history: z.array(z.object({ datetime: z.string(), code, message: z.string() })),
      }),
      errors: z.array(z.object({ code: z.string(), description: z.string() })).nullish(),
    }),
  });
const SingleStatus = statusBody(z.enum(SINGLE_STATUS_CODES));
const OrderStatus = statusBody(z.enum(ORDER_STATUS_CODES));

export type BudPaymentStatus =
  | { kind: "single"; code: SingleStatusCode; message: string; history: SingleStatusCode[]; errorCodes: string[] }
  | { kind: "scheduled" | "standing_order"; code: OrderStatusCode; message: string; history: OrderStatusCode[]; errorCodes: string[] };

const pathKind = (kind: PaymentKind) => (kind === "standing_order" ? "standing-order" : kind);

/** One look at a payment. Another client's, or one of another kind, is Bud's 404 (BudError not_found). */
export async function getBudPayment(kind: PaymentKind, paymentId: string, bud: BudClient = getBudClient()): Promise<BudPaymentStatus> {
  const params = { header: bud.clientHeaders(), path: { payment_id: paymentId } };
  const operation = `GET /v1/payments/${pathKind(kind)}/{payment_id}`;
  const summary = <C extends string>({ state, errors }: { state: { status_code: C; status_message: string; history: { code: C }[] }; errors?: { code: string }[] | null }) => ({
    code: state.status_code,
    message: state.status_message,
    history: state.history.map((entry) => entry.code),
    errorCodes: (errors ?? []).map((error) => error.code),
  });
  if (kind === "single") {
    const { data } = await bud.api.GET("/v1/payments/single/{payment_id}", { params });
    return { kind, ...summary(parseWire(SingleStatus, data, operation).data) };
  }
  const { data } =
    kind === "scheduled"
      ? await bud.api.GET("/v1/payments/scheduled/{payment_id}", { params })
      : await bud.api.GET("/v1/payments/standing-order/{payment_id}", { params });
  return { kind, ...summary(parseWire(OrderStatus, data, operation).data) };
}

/** The webhook's `service` → our kind. */
export function kindOfService(service: string): PaymentKind | null {
  return KIND_OF_SERVICE[service] ?? null;
}
