import "server-only";
import { ZodError } from "zod";
import { getAccounts } from "@/lib/accounts";
import {
  createGoal as createUpstream,
  deleteGoal as deleteUpstream,
  listGoals,
  updateGoal as updateUpstream,
  type BudGoal,
  type GoalDraft,
} from "@/lib/bud/savings-goals";
import { getBudCustomer } from "@/lib/customer-link";
import { assertNotSharedDemoUser } from "@/lib/demo/shared-demo-guard";
import type { Account, SavingsGoal } from "@/lib/domain";
import { NotFoundError } from "@/lib/errors";
import { parseMoneyInput } from "@/lib/money-input";
import { londonToday, rangeInstants } from "@/lib/periods";
import { overAllocationMessage, type GoalFormValues } from "@/lib/schemas/goals";

/*
 * The signed-in user's savings goals, each with its account's name. Our rule on top of Bud's: the goals on one
 * account may claim at most 100% of it, checked here against the goals Bud holds before anything is sent.
 */

function withAccount(goal: BudGoal, accounts: readonly Account[]): SavingsGoal {
  const { targetDateTime, ...rest } = goal;
  return {
    ...rest,
    accountName: accounts.find((account) => account.id === goal.accountId)?.name ?? null,
    targetDate: targetDateTime ? londonToday(new Date(targetDateTime)) : null,
  };
}

export async function getGoals(userId: string): Promise<SavingsGoal[]> {
  const customer = await getBudCustomer(userId);
  const [goals, accounts] = await Promise.all([listGoals(customer), getAccounts(userId)]);
  return goals.map((goal) => withAccount(goal, accounts));
}

function fieldError(path: string, message: string): ZodError {
  return new ZodError([{ code: "custom", path: [path], message, input: undefined }]);
}

/** The draft Bud receives, once the account, its currency and the account's free share have been checked. */
function draftOf(values: GoalFormValues, accounts: readonly Account[], goals: readonly BudGoal[], editing?: string): GoalDraft {
  const account = accounts.find((candidate) => candidate.id === values.accountId && !candidate.isClosed);
  if (!account) throw fieldError("accountId", "Choose one of your accounts.");
  if (account.currency !== values.currency) throw fieldError("target", `Enter the target in ${account.currency}, the account’s currency.`);
  const others = goals.filter((goal) => goal.accountId === account.id && goal.id !== editing).map((goal) => goal.allocationRatio);
  const overAllocated = overAllocationMessage(values.allocationRatio, others);
  if (overAllocated) throw fieldError("allocationRatio", overAllocated);
  const target = parseMoneyInput(values.target, values.currency);
  // The schema has already refused anything unparsable; this narrows the type.
  if (!target.ok) throw fieldError("target", target.message);
  return {
    accountId: account.id,
    name: values.name,
    target: target.money,
    targetDateTime: values.targetDate ? rangeInstants({ from: values.targetDate, to: values.targetDate }).from : null,
    allocationRatio: values.allocationRatio,
  };
}

async function context(userId: string) {
  const customer = await getBudCustomer(userId);
  const [goals, accounts] = await Promise.all([listGoals(customer), getAccounts(userId)]);
  return { customer, goals, accounts };
}

export async function createGoal(userId: string, values: GoalFormValues): Promise<SavingsGoal> {
  const { customer, goals, accounts } = await context(userId);
  return withAccount(await createUpstream(customer, draftOf(values, accounts, goals)), accounts);
}

/** Someone else's goal id is not in this customer's list: 404 before anything is sent. */
export async function updateGoal(userId: string, goalId: string, values: GoalFormValues): Promise<SavingsGoal> {
  const { customer, goals, accounts } = await context(userId);
  if (!goals.some((goal) => goal.id === goalId)) throw new NotFoundError("Goal");
  return withAccount(await updateUpstream(customer, goalId, draftOf(values, accounts, goals, goalId)), accounts);
}

export async function deleteGoal(userId: string, goalId: string): Promise<void> {
  assertNotSharedDemoUser(userId, "delete savings goals");
  const customer = await getBudCustomer(userId);
  if (!(await listGoals(customer)).some((goal) => goal.id === goalId)) throw new NotFoundError("Goal");
  await deleteUpstream(customer, goalId);
}
