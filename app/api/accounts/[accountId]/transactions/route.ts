import { AccountIdParams, searchParamsObject } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { TransactionPageQuery } from "@/lib/schemas/transaction-page";
import { getAccountTransactions } from "@/lib/transactions";

export const GET = userRoute<{ accountId: string }>(({ user, params, request }) =>
  getAccountTransactions(
    user.id,
    AccountIdParams.parse(params).accountId,
    TransactionPageQuery.parse(searchParamsObject(request)),
  ),
);
