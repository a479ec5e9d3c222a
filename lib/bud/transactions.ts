import "server-only";
import { z } from "zod";
import { parseWire, toMoney, WireAmount, WireDirection } from "@/lib/bud/wire";
import { getBudClient, type BudClient, type BudCustomer } from "@/lib/bud/client";
import { BudError } from "@/lib/bud/errors";
import type { Page, Transaction, TransactionFilters } from "@/lib/domain";
import { InvalidRequestError } from "@/lib/errors";

const Slug = z.object({ slug: z.string().min(1) });

export const WireTransaction = z.object({
  transaction_id: z.string().min(1),
  account_id: z.string().min(1),
  description: z.string(),
  suggested_description: z.string().nullish(),
  suggested_logo: z.string().nullish(),
  amount: WireAmount,
  credit_debit_indicator: WireDirection,
  status: z.enum(["booked", "pending", "declined"]),
  date_time: z.string().min(1),
  tags: z.array(z.string()).nullish(),
  enrichments: z
    .object({
      categories: z.object({ l1: Slug.nullish(), l2: Slug.nullish() }).nullish(),
      merchant: z
        .object({
          id: z.string().nullish(),
          slug: z.string().nullish(),
          display_name: z.string().nullish(),
          logo: z.string().nullish(),
        })
        .nullish(),
    })
    .nullish(),
});

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
    if (page.token && error instanceof BudError && error.kind === "validation") {
      throw new InvalidRequestError("page token");
    }
    throw error;
  }
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
  return { items: parsed.data.map(toTransaction), nextPageToken: parsed.metadata?.next_page_token || null };
}

export function toTransaction(wire: z.infer<typeof WireTransaction>): Transaction {
  const categories = wire.enrichments?.categories;
  const merchant = wire.enrichments?.merchant;
  const merchantName = merchant?.display_name;
  return {
    id: wire.transaction_id,
    accountId: wire.account_id,
    date: wire.date_time,
    description: wire.suggested_description || wire.description,
    rawDescription: wire.description,
    amount: toMoney(wire.amount, wire.credit_debit_indicator, OPERATION),
    status: wire.status,
    category: categories?.l1 ? { l1: categories.l1.slug, l2: categories.l2?.slug ?? null } : null,
    merchant: merchantName
      ? { id: merchant.id ?? null, slug: merchant.slug ?? null, name: merchantName, logoUrl: merchant.logo || null }
      : null,
    logoUrl: merchant?.logo || wire.suggested_logo || null,
    tags: wire.tags ?? [],
  };
}
