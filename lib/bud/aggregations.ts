import "server-only";
import { z } from "zod";
import { getBudClient, type BudClient, type BudCustomer } from "@/lib/bud/client";
import { parseWire, toMoney, WireAmount } from "@/lib/bud/wire";
import type { CategoryFlow, CurrencyTotal } from "@/lib/insights/counting";

/*
 * Bud's category aggregations: totals for a range, and the same totals bucketed by period (trends). Amounts on
 * the wire are unsigned; a debit total becomes negative Money here, as everywhere else in the app.
 */

const WireTotal = z.object({ amount: WireAmount, transaction_count: z.number().int().nonnegative() });
const WireCategoryTotal = z.object({
  name: z.string(),
  credit_total: z.array(WireTotal).nullish(),
  debit_total: z.array(WireTotal).nullish(),
  l2_totals: z
    .array(z.object({ name: z.string(), credit_total: z.array(WireTotal).nullish(), debit_total: z.array(WireTotal).nullish() }))
    .nullish(),
});
type WireCategoryTotal = z.infer<typeof WireCategoryTotal>;

const TOTALS = "GET /aggregations/v2/totals/categories";
const TRENDS = "GET /aggregations/v2/totals/categories/trends";

export interface CategoryTotalsRequest {
  /** RFC 3339 instants. */
  from: string;
  to: string;
  excludeCategories: readonly string[];
  /** Only these accounts (Bud takes a comma list); none means every account. */
  accountIds?: readonly string[];
  /** Only categories with this label (`essential`, `nonessential`). */
  categoryLabel?: string;
}

export type TrendGranularity = "weekly" | "monthly";

export interface TrendBucket {
  from: string;
  to: string;
  flows: CategoryFlow[];
}

function totals(wire: z.infer<typeof WireTotal>[] | null | undefined, direction: "credit" | "debit", operation: string): CurrencyTotal[] {
  return (wire ?? []).map((total) => ({
    amount: toMoney(total.amount, direction, operation),
    count: total.transaction_count,
  }));
}

function toFlow(wire: Omit<WireCategoryTotal, "l2_totals"> & { l2_totals?: WireCategoryTotal["l2_totals"] }, operation: string): CategoryFlow {
  return {
    category: wire.name,
    credits: totals(wire.credit_total, "credit", operation),
    debits: totals(wire.debit_total, "debit", operation),
    subcategories: (wire.l2_totals ?? []).map((l2) => toFlow(l2, operation)),
  };
}

function query(request: CategoryTotalsRequest) {
  return {
    from: request.from,
    to: request.to,
    exclude_category: request.excludeCategories.join(",") || undefined,
    account_id: request.accountIds?.join(",") || undefined,
    category_label: request.categoryLabel,
    include_l2: true,
  };
}

/** Every category's credit and debit totals per currency, with its L2s. */
export async function categoryTotals(
  customer: BudCustomer,
  request: CategoryTotalsRequest,
  bud: BudClient = getBudClient(),
): Promise<CategoryFlow[]> {
  const { data } = await bud.api.GET("/aggregations/v2/totals/categories", {
    params: { header: bud.customerHeaders(customer), query: query(request) },
  });
  const parsed = parseWire(z.object({ data: z.array(WireCategoryTotal).nullish() }), data, TOTALS);
  return (parsed.data ?? []).map((wire) => toFlow(wire, TOTALS));
}

/** The same totals, one bucket per week or month of the range, oldest first. */
export async function categoryTrends(
  customer: BudCustomer,
  request: CategoryTotalsRequest & { granularity: TrendGranularity },
  bud: BudClient = getBudClient(),
): Promise<TrendBucket[]> {
  const { data } = await bud.api.GET("/aggregations/v2/totals/categories/trends", {
    params: { header: bud.customerHeaders(customer), query: { ...query(request), granularity: request.granularity } },
  });
  const Bucket = z.object({ from: z.string(), to: z.string(), data: z.array(WireCategoryTotal).nullish() });
  const parsed = parseWire(z.object({ data: z.array(Bucket).nullish() }), data, TRENDS);
  // The spec's field descriptions swap from and to; whichever way round they come, the earlier one starts the bucket.
  return (parsed.data ?? [])
    .map((bucket) => {
      const [from, to] = [bucket.from, bucket.to].sort((a, b) => Date.parse(a) - Date.parse(b));
      return { from: from ?? bucket.from, to: to ?? bucket.to, flows: (bucket.data ?? []).map((wire) => toFlow(wire, TRENDS)) };
    })
    .sort((a, b) => Date.parse(a.from) - Date.parse(b.from));
}
