import "server-only";
import { z } from "zod";
import { getBudClient, type BudClient, type BudCustomer } from "@/lib/bud/client";
import { aboutOne } from "@/lib/bud/goals-errors";
import { toTransaction, WireTransaction } from "@/lib/bud/wire-transaction";
import { parseWire, toMoney, WireAmount } from "@/lib/bud/wire";
import type { Budget, Page, Transaction } from "@/lib/domain";
import { toWireAmount, type Money } from "@/lib/money";

/** Bud's SpendingBudget: what we read of it. */
const WireBudget = z.object({
  id: z.string().min(1),
  name: z.string(),
  amount: WireAmount,
  recurrency: z.object({ period: z.string(), starting_day: z.number().int().nullish() }),
  include: z
    .object({
      categories: z.array(z.object({ l1: z.string(), l2: z.array(z.string()).nullish() })).nullish(),
      merchants: z.object({ slugs: z.array(z.string()).nullish() }).nullish(),
    })
    .nullish(),
  spent: z.object({ from: z.string().min(10), to: z.string().min(10), amount: WireAmount }),
  created_at: z.string(),
});

const WireBudgetTransactionPage = z.object({
  data: z.array(WireTransaction),
  metadata: z.object({ next_page_token: z.string().nullish() }).nullish(),
});

const LIST = "GET /goals/v1/spending-budgets";
const CREATE = "POST /goals/v1/spending-budgets";
const PATCH = "PATCH /goals/v1/spending-budgets/{budget_id}";
const TRANSACTIONS = "GET /goals/v1/spending-budgets/{budget_id}/transactions";

/** What we send Bud for a budget: the same on create and on a full edit (less the currency, fixed once created). */
export interface BudgetDraft {
  name: string;
  limit: Money;
  period: Budget["period"];
  categories: Budget["categories"];
  merchants: string[];
}

function wireDraft({ name, period, categories, merchants }: BudgetDraft) {
  return {
    name,
    recurrency: period.kind === "monthly" ? { period: "monthly", starting_day: period.startingDay } : { period: "one-off" },
    include: {
      categories: categories.map(({ l1, l2 }) => (l2.length > 0 ? { l1, l2 } : { l1 })),
      merchants: { slugs: merchants },
    },
  };
}

function toBudget(wire: z.infer<typeof WireBudget>, operation: string): Budget {
  const limit = toMoney(wire.amount, "credit", operation);
  const spent = toMoney(wire.spent.amount, "credit", operation);
  return {
    id: wire.id,
    name: wire.name,
    limit,
    period: wire.recurrency.period === "monthly" ? { kind: "monthly", startingDay: wire.recurrency.starting_day ?? 1 } : { kind: "one-off" },
    categories: (wire.include?.categories ?? []).map(({ l1, l2 }) => ({ l1, l2: l2 ?? [] })),
    merchants: wire.include?.merchants?.slugs ?? [],
    spent: { minor: Math.abs(spent.minor), currency: spent.currency },
    spentFrom: wire.spent.from.slice(0, 10),
    spentTo: wire.spent.to.slice(0, 10),
    createdAt: wire.created_at,
  };
}

/** The customer's budgets with `spent` for the period containing `day` (an RFC 3339 instant; today when absent). */
/** Bud's `account_id` filter restricts `spent` to those accounts (a comma list); none means every account. */
const accountFilter = (accountIds?: readonly string[]) => accountIds?.join(",") || undefined;

export async function listBudgets(
  customer: BudCustomer,
  query: { day?: string; accountIds?: readonly string[] } = {},
  bud: BudClient = getBudClient(),
): Promise<Budget[]> {
  const { data } = await bud.api.GET("/goals/v1/spending-budgets", {
    params: { header: bud.customerHeaders(customer), query: { day: query.day, account_id: accountFilter(query.accountIds) } },
  });
  return parseWire(z.object({ data: z.array(WireBudget) }), data, LIST).data.map((budget) => toBudget(budget, LIST));
}

export async function createBudget(customer: BudCustomer, draft: BudgetDraft, bud: BudClient = getBudClient()): Promise<Budget> {
  const response = await aboutOne("Budget", () =>
    bud.api.POST("/goals/v1/spending-budgets", {
      params: { header: bud.customerHeaders(customer) },
      body: { ...wireDraft(draft), amount: { value: toWireAmount(draft.limit).value, currency: draft.limit.currency } },
    }),
  );
  return toBudget(parseWire(z.object({ data: WireBudget }), response.data, CREATE).data, CREATE);
}

export async function updateBudget(
  customer: BudCustomer,
  budgetId: string,
  draft: BudgetDraft,
  bud: BudClient = getBudClient(),
): Promise<Budget> {
  const response = await aboutOne("Budget", () =>
    bud.api.PATCH("/goals/v1/spending-budgets/{budget_id}", {
      params: { header: bud.customerHeaders(customer), path: { budget_id: budgetId } },
      body: { ...wireDraft(draft), amount: { value: toWireAmount(draft.limit).value } },
    }),
  );
  return toBudget(parseWire(z.object({ data: WireBudget }), response.data, PATCH).data, PATCH);
}

export async function deleteBudget(customer: BudCustomer, budgetId: string, bud: BudClient = getBudClient()): Promise<void> {
  await aboutOne("Budget", () =>
    bud.api.DELETE("/goals/v1/spending-budgets/{budget_id}", {
      params: { header: bud.customerHeaders(customer), path: { budget_id: budgetId } },
    }),
  );
}

/** A page of the budget's transactions in the period containing `day`. */
export async function listBudgetTransactions(
  customer: BudCustomer,
  budgetId: string,
  query: { day?: string; size: number; token?: string; accountIds?: readonly string[] },
  bud: BudClient = getBudClient(),
): Promise<Page<Transaction>> {
  const { data } = await aboutOne("Budget", () =>
    bud.api.GET("/goals/v1/spending-budgets/{budget_id}/transactions", {
      params: {
        header: bud.customerHeaders(customer),
        path: { budget_id: budgetId },
        query: { day: query.day, page_size: query.size, page_token: query.token, account_id: accountFilter(query.accountIds) },
      },
    }),
  );
  const parsed = parseWire(WireBudgetTransactionPage, data, TRANSACTIONS);
  return { items: parsed.data.map((wire) => toTransaction(wire, TRANSACTIONS)), nextPageToken: parsed.metadata?.next_page_token || null };
}
