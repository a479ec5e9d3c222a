import "server-only";
import { z } from "zod";
import { parseWire } from "@/lib/bud/wire";
import { toTransaction, WireTransaction } from "@/lib/bud/wire-transaction";
import { getBudClient, type BudClient, type BudCustomer } from "@/lib/bud/client";
import { BudError } from "@/lib/bud/errors";
import type { Page, Transaction, TransactionFilters } from "@/lib/domain";
import { InvalidRequestError } from "@/lib/errors";

const WireTransactionPage = z.object({
  data: z.array(WireTransaction),
  metadata: z.object({ next_page_token: z.string().nullish() }).nullish(),
});

const OPERATION = "GET /financial/v2/transactions";

/**
 * A page of the customer's transactions. Bud refusing a page token we passed on is about the request (a token
 * from an old list); any other 4xx is ours or Bud's, and stays an upstream BudError.
 */
export async function listTransactions(
  customer: BudCustomer,
  filters: TransactionFilters,
  page: { size: number; token?: string },
  bud: BudClient = getBudClient(),
): Promise<Page<Transaction>> {
  try {
    return await fetchPage(customer, filters, page, bud);
  } catch (error) {
    throw staleTokenOr(error, page.token);
  }
}

/** Bud refusing a page token we passed on: the customer's request was stale, not Bud's failure. */
export function staleTokenOr(error: unknown, token: string | undefined): unknown {
  return token && error instanceof BudError && error.kind === "validation" ? new InvalidRequestError("page token") : error;
}

async function fetchPage(
  customer: BudCustomer,
  filters: TransactionFilters,
  page: { size: number; token?: string },
  bud: BudClient,
): Promise<Page<Transaction>> {
  const { data } = await bud.api.GET("/financial/v2/transactions", {
    params: {
      header: bud.customerHeaders(customer),
      query: {
        account_id: filters.accountId,
        date_from: filters.from,
        date_to: filters.to,
        category_l1: filters.categoryL1,
        category_l2: filters.categoryL2,
        merchant: filters.merchant,
        credit_debit_indicator: filters.direction,
        status: filters.status,
        include_tags: filters.includeTags,
        exclude_tags: filters.excludeTags,
        page_size: page.size,
        page_token: page.token,
      },
    },
  });
  const parsed = parseWire(WireTransactionPage, data, OPERATION);
  return { items: parsed.data.map((wire) => toTransaction(wire, OPERATION)), nextPageToken: parsed.metadata?.next_page_token || null };
}
