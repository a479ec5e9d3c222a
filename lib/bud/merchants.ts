import "server-only";
import { z } from "zod";
import { getBudClient, type BudClient, type BudCustomer } from "@/lib/bud/client";
import { parseWire, toMoney, WireAmount } from "@/lib/bud/wire";
import type { MerchantTotal } from "@/lib/insights/merchants";

const WireMerchantTotal = z.object({
  // Bud's merchant id here is the slug that the transaction list's `merchant` filter takes.
  merchant: z.object({ id: z.string().min(1), name: z.string(), logo: z.string().nullish() }),
  total_debit: WireAmount,
  total_credit: WireAmount,
  debit_transaction_count: z.number().int().nonnegative(),
  credit_transaction_count: z.number().int().nonnegative(),
});

const OPERATION = "GET /v2/merchants/totals";

export interface MerchantTotalsRequest {
  /** London calendar days, `YYYY-MM-DD`: the headers take ISO 8601 dates. */
  from: string;
  to: string;
  excludeCategories: readonly string[];
}

/** Spending per merchant in the range; Bud answers 204 when there is none, which is an empty list. */
export async function merchantTotals(
  customer: BudCustomer,
  request: MerchantTotalsRequest,
  bud: BudClient = getBudClient(),
): Promise<MerchantTotal[]> {
  const { data, response } = await bud.api.GET("/v2/merchants/totals", {
    params: {
      header: {
        ...bud.customerHeaders(customer),
        "X-From": request.from,
        "X-To": request.to,
        ...(request.excludeCategories.length > 0 ? { "X-Exclude-Categories": request.excludeCategories.join(",") } : {}),
      },
    },
  });
  if (response.status === 204) return [];
  const parsed = parseWire(z.object({ data: z.array(WireMerchantTotal).nullish() }), data, OPERATION);
  return (parsed.data ?? []).map((wire) => {
    const debit = toMoney(wire.total_debit, "debit", OPERATION);
    const credit = toMoney(wire.total_credit, "credit", OPERATION);
    return {
      slug: wire.merchant.id,
      name: wire.merchant.name,
      logoUrl: wire.merchant.logo || null,
      // Refunds from the merchant reduce what was spent there, as for categories.
      spent: { minor: -(debit.minor + (credit.currency === debit.currency ? credit.minor : 0)), currency: debit.currency },
      count: wire.debit_transaction_count + wire.credit_transaction_count,
    };
  });
}
