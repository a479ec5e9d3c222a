import { userRoute } from "@/lib/api/route";
import { getBudgetOptions } from "@/lib/budget-options";

export const GET = userRoute(({ user }) => getBudgetOptions(user.id));
