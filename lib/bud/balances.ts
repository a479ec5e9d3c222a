import "server-only";
import { z } from "zod";
import { getBudClient, type BudClient, type BudCustomer } from "@/lib/bud/client";
import { parseWire, toMoney, WireAmount, WireDirection } from "@/lib/bud/wire";
import type { Granularity } from "@/lib/periods";
import type { AccountBalanceSeries } from "@/lib/insights/balances";

const WirePoint = z.object({
  date: z.string(),
  booked: z.object({ amount: WireAmount, credit_debit_indicator: WireDirection }),
});
const WireSeries = z.object({ account_id: z.string().nullish(), balances: z.array(WirePoint) });

const OPERATION = "GET /financial/v3/balances";

export interface BalancesRequest {
  /** RFC 3339 instants. */
  from: string;
  to: string;
  granularity: Granularity;
}

/** End-of-day booked balances of every account, one point per period; Bud computes them, we only read them. */
export async function balancesOverTime(
  customer: BudCustomer,
  request: BalancesRequest,
  bud: BudClient = getBudClient(),
): Promise<AccountBalanceSeries[]> {
  const { data } = await bud.api.GET("/financial/v3/balances", {
    params: { header: bud.customerHeaders(customer), query: request },
  });
  const parsed = parseWire(z.object({ data: z.array(WireSeries).nullish() }), data, OPERATION);
  return (parsed.data ?? []).flatMap((series) =>
    series.account_id
      ? [
          {
            accountId: series.account_id,
            points: series.balances
              .map((point) => ({
                date: point.date.slice(0, 10),
                balance: toMoney(point.booked.amount, point.booked.credit_debit_indicator, OPERATION),
              }))
              // The spec's examples come newest first; charts read oldest first.
              .sort((a, b) => a.date.localeCompare(b.date)),
          },
        ]
      : [],
  );
}
