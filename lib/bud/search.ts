import "server-only";
import { z } from "zod";
import { getBudClient, type BudClient, type BudCustomer } from "@/lib/bud/client";
import { staleTokenOr } from "@/lib/bud/transactions";
import { parseWire } from "@/lib/bud/wire";
import { toTransaction, WireTransaction } from "@/lib/bud/wire-transaction";
import type { Page, SearchSuggestion, Transaction } from "@/lib/domain";
import { LONDON } from "@/lib/periods";

/*
 * GET /search/beta/transactions: Bud's free-text and amount-range search. It answers in its own media type, takes
 * the customer's time zone (our customers are in London) and at most one of user_input, merchant_name,
 * category_l1 and category_l2 per request; callers (lib/transactions.ts) have already ruled out the rest.
 */

const OPERATION = "GET /search/beta/transactions";
const SEARCH_MEDIA_TYPE = "application/bud-transaction-v3+json";

export interface SearchParams {
  userInput?: string;
  merchantName?: string;
  categoryL1?: string;
  categoryL2?: string;
  accountId?: string;
  direction?: "credit" | "debit";
  /** Pounds, as decimal strings ("12.50"); Bud compares the unsigned amount. */
  amountMin?: string;
  amountMax?: string;
  /** RFC 3339 instants. */
  from?: string;
  to?: string;
}

const WireSearch = z.object({
  data: z.object({
    results: z.array(z.object({ transaction: WireTransaction })),
    suggested_searches: z.array(z.object({ filter: z.object({ type: z.string(), value: z.string() }) })).nullish(),
  }),
  metadata: z.object({ next_page_token: z.string().nullish() }).nullish(),
});

export async function searchTransactions(
  customer: BudCustomer,
  params: SearchParams,
  page: { size: number; token?: string },
  bud: BudClient = getBudClient(),
): Promise<Page<Transaction> & { suggestions: SearchSuggestion[] }> {
  try {
    const { data } = await bud.api.GET("/search/beta/transactions", {
      params: {
        header: { ...bud.customerHeaders(customer), "X-Timezone": LONDON, Accept: SEARCH_MEDIA_TYPE },
        query: {
          user_input: params.userInput,
          merchant_name: params.merchantName,
          category_l1: params.categoryL1,
          category_l2: params.categoryL2,
          account_id: params.accountId,
          credit_debit_indicator: params.direction,
          amount_min: params.amountMin === undefined ? undefined : Number(params.amountMin),
          amount_max: params.amountMax === undefined ? undefined : Number(params.amountMax),
          from: params.from,
          to: params.to,
          page_size: page.size,
          page_token: page.token,
        },
      },
      // The transport hands back JSON whatever Bud's media type; openapi-fetch must parse it as such.
      parseAs: "json",
    });
    const parsed = parseWire(WireSearch, data, OPERATION);
    return {
      items: parsed.data.results.map(({ transaction }) => toTransaction(transaction, OPERATION)),
      nextPageToken: parsed.metadata?.next_page_token || null,
      suggestions: (parsed.data.suggested_searches ?? []).map(({ filter }) => ({ type: filter.type, value: filter.value })),
    };
  } catch (error) {
    throw staleTokenOr(error, page.token);
  }
}
