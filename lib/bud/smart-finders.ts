import "server-only";
import { z } from "zod";
import { getBudClient, type BudClient, type BudCustomer } from "@/lib/bud/client";
import { parseWire, toMoney, WireAmount, WireDirection } from "@/lib/bud/wire";
import type { ExpectedSeries } from "@/lib/insights/upcoming";

/*
 * Bud's smart finders that say what comes next: the recurring series Bud projects forward (future transactions)
 * and which of them are subscriptions. Both answer 204 when they find nothing, which is an empty list here.
 */

const WireFuture = z.object({
  label: z.string(),
  transaction_id: z.string(),
  account_id: z.string(),
  transaction_description: z.string(),
  amount: WireAmount,
  credit_debit_indicator: WireDirection,
  period: z.string(),
  categories: z.object({ l1: z.object({ slug: z.string().nullish() }).nullish(), l2: z.object({ slug: z.string().nullish() }).nullish() }).nullish(),
  future_transactions: z.array(z.object({ date: z.string(), amount: WireAmount.nullish() })),
});

const FUTURE = "GET /v2/future-transactions";
const SUBSCRIPTIONS = "GET /v1/subscriptions";

/** Every recurring series and its projected dates over the next `months` months. */
export async function futureTransactions(customer: BudCustomer, months: number, bud: BudClient = getBudClient()): Promise<ExpectedSeries[]> {
  const { data, response } = await bud.api.GET("/v2/future-transactions", {
    params: { header: bud.customerHeaders(customer), query: { months } },
  });
  if (response.status === 204) return [];
  const parsed = parseWire(z.object({ data: z.array(WireFuture).nullish() }), data, FUTURE);
  return (parsed.data ?? []).map((wire) => {
    const l1 = wire.categories?.l1?.slug;
    const amount = toMoney(wire.amount, wire.credit_debit_indicator, FUTURE);
    return {
      id: wire.label,
      lastTransactionId: wire.transaction_id,
      accountId: wire.account_id,
      description: wire.transaction_description,
      period: wire.period,
      category: l1 ? { l1, l2: wire.categories?.l2?.slug ?? null } : null,
      subscription: false,
      merchant: null,
      dates: wire.future_transactions.map((next) => ({
        date: next.date.slice(0, 10),
        // A projection without its own amount repeats the last one.
        amount: next.amount ? toMoney(next.amount, wire.credit_debit_indicator, FUTURE) : amount,
      })),
    };
  });
}

const WireSubscription = z.object({
  merchant: z.object({ name: z.string(), logo: z.string().nullish() }).nullish(),
  transactions: z.array(z.object({ transaction_id: z.string() })),
});

export type SubscriptionMerchant = { name: string; logoUrl: string | null } | null;

/**
 * The transactions Bud recognises as subscription payments between two London days, by id, each with the
 * subscription's merchant when Bud knows it (so a list can say "Netflix", not "NETFLIX.COM AMSTERDAM NLD").
 */
export async function subscriptionPayments(
  customer: BudCustomer,
  range: { from: string; to: string },
  bud: BudClient = getBudClient(),
): Promise<Map<string, SubscriptionMerchant>> {
  const { data, response } = await bud.api.GET("/v1/subscriptions", {
    params: { header: { ...bud.customerHeaders(customer), "X-From": range.from, "X-To": range.to } },
  });
  if (response.status === 204) return new Map();
  const parsed = parseWire(z.object({ data: z.array(WireSubscription).nullish() }), data, SUBSCRIPTIONS);
  return new Map(
    (parsed.data ?? []).flatMap(({ merchant, transactions }) => {
      const known: SubscriptionMerchant = merchant ? { name: merchant.name, logoUrl: merchant.logo ?? null } : null;
      return transactions.map((transaction) => [transaction.transaction_id, known] as const);
    }),
  );
}
