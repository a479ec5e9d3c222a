import { searchParamsObject } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { getTransactionsPage } from "@/lib/transactions";

export const GET = userRoute(({ user, request }) =>
  getTransactionsPage(user.id, {}, searchParamsObject(request)),
);
