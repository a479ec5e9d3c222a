import { searchParamsObject } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { TransactionPageQuery } from "@/lib/schemas/transactions";
import { getTransactionsPage } from "@/lib/transactions";

export const GET = userRoute(({ user, request }) =>
  getTransactionsPage(user.id, {}, TransactionPageQuery.parse(searchParamsObject(request))),
);
