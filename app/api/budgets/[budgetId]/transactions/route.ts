import { BudgetIdParams, searchParamsObject } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { getBudgetTransactions } from "@/lib/budgets";
import { BudgetTransactionsQuery } from "@/lib/schemas/budgets";

export const GET = userRoute<{ budgetId: string }>(({ user, params, request }) =>
  getBudgetTransactions(
    user.id,
    BudgetIdParams.parse(params).budgetId,
    BudgetTransactionsQuery.parse(searchParamsObject(request)),
  ),
);
