import { searchParamsObject } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { TransactionSearchQuery } from "@/lib/schemas/transactions";
import { findTransactions } from "@/lib/transactions";

/** The user's transactions, filtered as the /transactions page's URL says (mapping to Bud in lib/transactions.ts). */
export const GET = userRoute(({ user, request }) =>
  findTransactions(user.id, TransactionSearchQuery.parse(searchParamsObject(request))),
);
