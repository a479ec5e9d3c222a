/** Stored budgets and goals → Bud's wire shapes, with the figures Bud derives on every read. */
import { parseMoney } from "../../../lib/money";
import { wireAmount } from "../../data/wire-money";
import type { WireAccount, WireTransaction } from "../../data/world";
import type { StoredBudget, StoredSavingsGoal } from "../store/state";
import type { Spent } from "./budget-spent";

export function wireBudget(budget: StoredBudget, spent: Spent) {
  const { customer_id: _owner, ...fields } = budget;
  return { ...fields, spent, _links: { transactions: `/goals/v1/spending-budgets/${budget.id}/transactions` } };
}

/** `goal_balance` = the account's booked balance × `allocation_ratio`, to the penny; an overdrawn account holds nothing. */
export function goalBalance(goal: StoredSavingsGoal, account: WireAccount | undefined) {
  const currency = account?.currency ?? goal.target_amount.currency;
  const booked = account?.balances?.booked;
  const balance = booked ? parseMoney(booked.amount.value, booked.amount.currency, booked.credit_debit_indicator).minor : 0;
  return wireAmount(Math.max(0, Math.round(balance * goal.allocation_ratio)), currency);
}

export function wireGoal(goal: StoredSavingsGoal, account: WireAccount | undefined) {
  const { customer_id: _owner, ...fields } = goal;
  return { ...fields, goal_balance: goalBalance(goal, account) };
}

/** The reduced transaction of a budget's transaction list (`schemas-Transaction`). */
export function wireBudgetTransaction(transaction: WireTransaction) {
  const categories = transaction.enrichments?.categories;
  const merchant = transaction.enrichments?.merchant;
  return {
    transaction_id: transaction.transaction_id,
    account_id: transaction.account_id,
    provider: transaction.provider,
    description: transaction.description,
    credit_debit_indicator: transaction.credit_debit_indicator,
    status: transaction.status === "pending" ? ("pending" as const) : ("booked" as const),
    amount: transaction.amount,
    date_time: transaction.date_time,
    suggested_description: transaction.suggested_description,
    ...(transaction.suggested_logo && { suggested_logo: transaction.suggested_logo }),
    enrichments: {
      ...(categories?.l1 && categories.l2 && { categories: { l1: categories.l1, l2: categories.l2 } }),
      ...(merchant?.slug && {
        merchant: { id: merchant.id ?? merchant.slug, slug: merchant.slug, display_name: merchant.display_name ?? merchant.slug, logo: merchant.logo },
      }),
    },
  };
}
