import { searchParamsObject } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { getBalanceHistory } from "@/lib/insights/loaders";
import { BalanceHistoryQuery } from "@/lib/schemas/insights";

export const GET = userRoute(({ user, request }) => getBalanceHistory(user.id, BalanceHistoryQuery.parse(searchParamsObject(request))));
