import "server-only";
import { ZodError } from "zod";
import { getAccounts } from "@/lib/accounts";
import type { BudCustomer } from "@/lib/bud/client";
import {
  createBudget as createUpstream,
  deleteBudget as deleteUpstream,
  listBudgetTransactions,
  listBudgets,
  updateBudget as updateUpstream,
  type BudgetDraft,
} from "@/lib/bud/spending-budgets";
import { categoryTaxonomy } from "@/lib/bud/taxonomy";
import { getBudCustomer } from "@/lib/customer-link";
import { assertNotSharedDemoUser } from "@/lib/demo/shared-demo-guard";
import type { Budget, Page, Transaction } from "@/lib/domain";
import { NotFoundError } from "@/lib/errors";
import { countingScope } from "@/lib/insights/scope";
import { parseMoneyInput } from "@/lib/money-input";
import { rangeInstants } from "@/lib/periods";
import { categoryErrors, type BudgetDayQuery, type BudgetFormValues, type BudgetTransactionsQuery } from "@/lib/schemas/budgets";

/*
 * The signed-in user's spending budgets. The Bud customer always comes from the session's user, so another
 * user's budget id is simply not found. Input arrives parsed (lib/schemas/budgets.ts); what only Bud's data can
 * answer (is the category in the taxonomy? does the customer hold euros?) is checked here, before anything is sent.
 */

const dayInstant = (day: string | undefined) => (day ? rangeInstants({ from: day, to: day }).from : undefined);

/**
 * The budgets, with `spent` over the accounts that count (lib/insights/counting.ts). Bud cannot be asked about no
 * accounts at all, so when every account is hidden nothing has been spent from the counted ones.
 */
export async function getBudgets(userId: string, { day }: BudgetDayQuery = {}): Promise<Budget[]> {
  const { customer, accountIds } = await countingScope(userId);
  const budgets = await listBudgets(customer, { day: dayInstant(day), accountIds });
  return accountIds?.length === 0 ? budgets.map((budget) => ({ ...budget, spent: { ...budget.spent, minor: 0 } })) : budgets;
}

/** One budget, with `spent` for the period containing `day`. Bud has no single-budget read, so it is found in the list. */
export async function getBudget(userId: string, budgetId: string, query: BudgetDayQuery = {}): Promise<Budget> {
  const budget = (await getBudgets(userId, query)).find((candidate) => candidate.id === budgetId);
  if (!budget) throw new NotFoundError("Budget");
  return budget;
}

/** The budget's transactions; unknown or someone else's budget id is a 404 from Bud, mapped in lib/bud. */
/** The budget's transactions from the counted accounts, the ones its `spent` adds up. */
export async function getBudgetTransactions(userId: string, budgetId: string, query: BudgetTransactionsQuery): Promise<Page<Transaction>> {
  const { customer, accountIds } = await countingScope(userId);
  const page = await listBudgetTransactions(customer, budgetId, {
    day: dayInstant(query.day),
    size: query.page_size,
    token: query.page_token,
    accountIds,
  });
  return accountIds?.length === 0 ? { items: [], nextPageToken: null } : page;
}

function fieldError(path: string, message: string): ZodError {
  return new ZodError([{ code: "custom", path: path.split("."), message, input: undefined }]);
}

/** The form's values as Bud's draft, after the checks only Bud's data can make. */
async function draftOf(userId: string, values: BudgetFormValues): Promise<BudgetDraft> {
  const [taxonomy, accounts] = await Promise.all([categoryTaxonomy(), values.currency === "GBP" ? null : getAccounts(userId)]);
  const errors = categoryErrors(values.categories, taxonomy);
  if (errors) throw new ZodError(Object.entries(errors).map(([path, message]) => ({ code: "custom", path: path.split("."), message, input: undefined })));
  if (accounts && !accounts.some((account) => account.currency === values.currency)) {
    throw fieldError("currency", `You have no ${values.currency} accounts to budget from.`);
  }
  const parsed = parseMoneyInput(values.amount, values.currency);
  // The schema has already refused anything unparsable; this narrows the type.
  if (!parsed.ok) throw fieldError("amount", parsed.message);
  return {
    name: values.name,
    limit: parsed.money,
    period: values.period === "monthly" ? { kind: "monthly", startingDay: values.startingDay } : { kind: "one-off" },
    categories: values.categories,
    merchants: values.merchants,
  };
}

export async function createBudget(userId: string, values: BudgetFormValues): Promise<Budget> {
  const draft = await draftOf(userId, values);
  return createUpstream(await getBudCustomer(userId), draft);
}

/**
 * A full edit. A budget's currency is fixed at creation (Bud refuses to change it), so a different one is a field
 * error rather than a silent keep.
 */
export async function updateBudget(userId: string, budgetId: string, values: BudgetFormValues): Promise<Budget> {
  const customer = await getBudCustomer(userId);
  const [current, draft] = await Promise.all([budgetOf(customer, budgetId), draftOf(userId, values)]);
  if (current.limit.currency !== draft.limit.currency) throw fieldError("currency", "A budget’s currency can’t be changed.");
  return updateUpstream(customer, budgetId, draft);
}

async function budgetOf(customer: BudCustomer, budgetId: string): Promise<Budget> {
  const budget = (await listBudgets(customer)).find((candidate) => candidate.id === budgetId);
  if (!budget) throw new NotFoundError("Budget");
  return budget;
}

export async function deleteBudget(userId: string, budgetId: string): Promise<void> {
  assertNotSharedDemoUser(userId, "delete budgets");
  await deleteUpstream(await getBudCustomer(userId), budgetId);
}
