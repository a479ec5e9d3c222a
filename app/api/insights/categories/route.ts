import { searchParamsObject } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { getCategoryFlows } from "@/lib/insights/loaders";
import { InsightQuery } from "@/lib/schemas/insights";

export const GET = userRoute(({ user, request }) => getCategoryFlows(user.id, InsightQuery.parse(searchParamsObject(request))));
