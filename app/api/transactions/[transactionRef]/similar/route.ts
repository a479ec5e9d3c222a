import { userRoute } from "@/lib/api/route";
import { TransactionRefParams } from "@/lib/schemas/transactions";
import { getSimilarTransactions } from "@/lib/transaction-detail";

/** The transactions a correction "for all similar" would also change. */
export const GET = userRoute<{ transactionRef: string }>(({ user, params }) =>
  getSimilarTransactions(user.id, TransactionRefParams.parse(params).transactionRef),
);
