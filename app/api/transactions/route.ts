import { searchParamsObject } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { getRecentTransactions, TransactionPageQuery } from "@/lib/transactions";

export const GET = userRoute(({ user, request }) =>
  getRecentTransactions(user.id, TransactionPageQuery.parse(searchParamsObject(request))),
);
