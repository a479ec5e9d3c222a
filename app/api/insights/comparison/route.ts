import { userRoute } from "@/lib/api/route";
import { getMonthComparison } from "@/lib/insights/loaders";

export const GET = userRoute(({ user }) => getMonthComparison(user.id));
