import { parseJsonBody } from "@/lib/api/body";
import { BudgetIdParams, searchParamsObject } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { deleteBudget, getBudget, updateBudget } from "@/lib/budgets";
import { BudgetDayQuery, BudgetForm } from "@/lib/schemas/budgets";

type Params = { budgetId: string };

export const GET = userRoute<Params>(({ user, params, request }) =>
  getBudget(user.id, BudgetIdParams.parse(params).budgetId, BudgetDayQuery.parse(searchParamsObject(request))),
);

export const PATCH = userRoute<Params>(async ({ user, params, request }) =>
  updateBudget(user.id, BudgetIdParams.parse(params).budgetId, await parseJsonBody(request, BudgetForm)),
);

export const DELETE = userRoute<Params>(async ({ user, params }) => {
  await deleteBudget(user.id, BudgetIdParams.parse(params).budgetId);
  return new Response(null, { status: 204 });
});
