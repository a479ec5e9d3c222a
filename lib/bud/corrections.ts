import "server-only";
import { z } from "zod";
import { getBudClient, type BudClient, type BudCustomer } from "@/lib/bud/client";
import { BudError } from "@/lib/bud/errors";
import { parseWire } from "@/lib/bud/wire";
import { toTransaction, WireTransaction } from "@/lib/bud/wire-transaction";
import type { Transaction } from "@/lib/domain";
import { NotFoundError } from "@/lib/errors";

/*
 * Bud's category corrections: the transactions "similar in nature" to one (similar description and amount), and
 * a correction for one transaction or, with include_similar, for it and every similar past and future one.
 * The spec types the similar call's path as a uuid, but Bud's own transaction ids (and the stand-in's) are 32 hex
 * characters: we pass the id Bud gave us, whatever its shape.
 */

const SIMILAR = "GET /corrections/v2/categories/similar/{transaction_id}";

/** The other transactions like this one (the source left out). */
export async function similarTransactions(
  customer: BudCustomer,
  transactionId: string,
  bud: BudClient = getBudClient(),
): Promise<Transaction[]> {
  try {
    const { data } = await bud.api.GET("/corrections/v2/categories/similar/{transaction_id}", {
      params: {
        header: bud.customerHeaders(customer),
        path: { transaction_id: transactionId },
        query: { exclude_source: true },
      },
    });
    return parseWire(z.object({ data: z.array(WireTransaction) }), data, SIMILAR).data.map((wire) =>
      toTransaction(wire, SIMILAR),
    );
  } catch (error) {
    if (error instanceof BudError && error.kind === "not_found") throw new NotFoundError("Transaction");
    throw error;
  }
}

export interface CategoryCorrection {
  transactionId: string;
  l1: string;
  l2: string | null;
  includeSimilar: boolean;
}

export async function correctCategory(
  customer: BudCustomer,
  correction: CategoryCorrection,
  bud: BudClient = getBudClient(),
): Promise<void> {
  await bud.api.POST("/corrections/v2/categories", {
    params: { header: bud.customerHeaders(customer) },
    body: [
      {
        transaction_id: correction.transactionId,
        category_l1: correction.l1,
        ...(correction.l2 ? { category_l2: correction.l2 } : {}),
        include_similar: correction.includeSimilar,
      },
    ],
  });
}
