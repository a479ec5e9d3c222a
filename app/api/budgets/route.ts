import { parseJsonBody } from "@/lib/api/body";
import { jsonResponse } from "@/lib/api/errors";
import { searchParamsObject } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { createBudget, getBudgets } from "@/lib/budgets";
import { BudgetDayQuery, BudgetForm } from "@/lib/schemas/budgets";

export const GET = userRoute(({ user, request }) => getBudgets(user.id, BudgetDayQuery.parse(searchParamsObject(request))));

export const POST = userRoute(async ({ user, request }) =>
  jsonResponse(await createBudget(user.id, await parseJsonBody(request, BudgetForm)), 201),
);
