import { searchParamsObject } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { getSpendingTrends } from "@/lib/insights/loaders";
import { InsightQuery } from "@/lib/schemas/insights";

export const GET = userRoute(({ user, request }) => getSpendingTrends(user.id, InsightQuery.parse(searchParamsObject(request))));
