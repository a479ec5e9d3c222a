import { searchParamsObject } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { TransactionFilterQuery } from "@/lib/schemas/transactions";
import { exportTransactionsCsv } from "@/lib/transactions-export";

/** The current filter's transactions as a CSV download, streamed across every page. */
export const GET = userRoute(({ user, request }) =>
  exportTransactionsCsv(user.id, TransactionFilterQuery.parse(searchParamsObject(request))),
);
