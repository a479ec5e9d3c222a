import { parseJsonBody } from "@/lib/api/body";
import { userRoute } from "@/lib/api/route";
import { RecategoriseBody, TransactionRefParams } from "@/lib/schemas/transactions";
import { recategoriseTransaction } from "@/lib/transaction-detail";

/** Recategorise one transaction, or it and every similar one; answers with the transaction as it now is. */
export const POST = userRoute<{ transactionRef: string }>(async ({ user, params, request }) =>
  recategoriseTransaction(
    user.id,
    TransactionRefParams.parse(params).transactionRef,
    await parseJsonBody(request, RecategoriseBody),
  ),
);
