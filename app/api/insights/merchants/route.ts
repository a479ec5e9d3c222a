import { searchParamsObject } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { getMerchantTotals } from "@/lib/insights/loaders";
import { PeriodQuery } from "@/lib/schemas/insights";

export const GET = userRoute(({ user, request }) => getMerchantTotals(user.id, PeriodQuery.parse(searchParamsObject(request))));
