import { userRoute } from "@/lib/api/route";
import { getBudgetSuggestions } from "@/lib/budget-options";

export const GET = userRoute(({ user }) => getBudgetSuggestions(user.id));
