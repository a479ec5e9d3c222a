import { searchParamsObject } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { getTransactionTotals } from "@/lib/insights/loaders";
import { TransactionFilterQuery } from "@/lib/schemas/transactions";

/** What the /transactions page's filters add up to, counted as every insight counts (lib/insights/filter-totals.ts). */
export const GET = userRoute(({ user, request }) =>
  getTransactionTotals(user.id, TransactionFilterQuery.parse(searchParamsObject(request))),
);
