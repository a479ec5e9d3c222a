import { parseJsonBody } from "@/lib/api/body";
import { GoalIdParams } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { deleteGoal, updateGoal } from "@/lib/goals";
import { GoalForm } from "@/lib/schemas/goals";

type Params = { goalId: string };

export const PATCH = userRoute<Params>(async ({ user, params, request }) =>
  updateGoal(user.id, GoalIdParams.parse(params).goalId, await parseJsonBody(request, GoalForm)),
);

export const DELETE = userRoute<Params>(async ({ user, params }) => {
  await deleteGoal(user.id, GoalIdParams.parse(params).goalId);
  return new Response(null, { status: 204 });
});
