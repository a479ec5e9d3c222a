import { parseJsonBody } from "@/lib/api/body";
import { jsonResponse } from "@/lib/api/errors";
import { userRoute } from "@/lib/api/route";
import { createGoal, getGoals } from "@/lib/goals";
import { GoalForm } from "@/lib/schemas/goals";

export const GET = userRoute(({ user }) => getGoals(user.id));

export const POST = userRoute(async ({ user, request }) =>
  jsonResponse(await createGoal(user.id, await parseJsonBody(request, GoalForm)), 201),
);
