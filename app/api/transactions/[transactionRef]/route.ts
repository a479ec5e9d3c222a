import { userRoute } from "@/lib/api/route";
import { TransactionRefParams } from "@/lib/schemas/transactions";
import { getTransaction } from "@/lib/transaction-detail";

/** One transaction, found again from the day, account and id its ref carries; someone else's is a 404. */
export const GET = userRoute<{ transactionRef: string }>(({ user, params }) =>
  getTransaction(user.id, TransactionRefParams.parse(params).transactionRef),
);
