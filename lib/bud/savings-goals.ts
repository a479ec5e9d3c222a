import "server-only";
import { z } from "zod";
import { getBudClient, type BudClient, type BudCustomer } from "@/lib/bud/client";
import { aboutOne } from "@/lib/bud/goals-errors";
import { parseWire, toMoney, WireAmount } from "@/lib/bud/wire";
import { toWireAmount, type Money } from "@/lib/money";

/** Bud's SavingsGoalV2, as read: the account's name is the app's to add (lib/goals.ts). */
const WireGoal = z.object({
  id: z.string().min(1),
  account_id: z.string().min(1),
  name: z.string(),
  target_amount: WireAmount,
  target_datetime: z.string().nullish(),
  allocation_ratio: z.number(),
  goal_balance: WireAmount,
  created_at: z.string(),
});

export interface BudGoal {
  id: string;
  accountId: string;
  name: string;
  target: Money;
  /** RFC 3339, or null. */
  targetDateTime: string | null;
  allocationRatio: number;
  saved: Money;
  createdAt: string;
}

export interface GoalDraft {
  accountId: string;
  name: string;
  target: Money;
  /** RFC 3339, or null for none. */
  targetDateTime: string | null;
  allocationRatio: number;
}

const LIST = "GET /goals/v2/savings/goals";
const CREATE = "POST /goals/v2/savings/goal";
const PATCH = "PATCH /goals/v2/savings/goals/{savings_goal_id}";

function toGoal(wire: z.infer<typeof WireGoal>, operation: string): BudGoal {
  return {
    id: wire.id,
    accountId: wire.account_id,
    name: wire.name,
    target: toMoney(wire.target_amount, "credit", operation),
    targetDateTime: wire.target_datetime ?? null,
    allocationRatio: wire.allocation_ratio,
    saved: toMoney(wire.goal_balance, "credit", operation),
    createdAt: wire.created_at,
  };
}

const wireTarget = (target: Money) => ({ value: toWireAmount(target).value, currency: target.currency });

export async function listGoals(customer: BudCustomer, bud: BudClient = getBudClient()): Promise<BudGoal[]> {
  const { data } = await bud.api.GET("/goals/v2/savings/goals", { params: { header: bud.customerHeaders(customer) } });
  return parseWire(z.object({ data: z.array(WireGoal) }), data, LIST).data.map((goal) => toGoal(goal, LIST));
}

export async function createGoal(customer: BudCustomer, draft: GoalDraft, bud: BudClient = getBudClient()): Promise<BudGoal> {
  const { data } = await aboutOne("Goal", () =>
    bud.api.POST("/goals/v2/savings/goal", {
      params: { header: bud.customerHeaders(customer) },
      body: {
        account_id: draft.accountId,
        name: draft.name,
        target_amount: wireTarget(draft.target),
        allocation_ratio: draft.allocationRatio,
        ...(draft.targetDateTime ? { target_datetime: draft.targetDateTime } : {}),
      },
    }),
  );
  return toGoal(parseWire(z.object({ data: WireGoal }), data, CREATE).data, CREATE);
}

/** A full edit: null removes the target date, as Bud's PATCH allows. */
export async function updateGoal(customer: BudCustomer, goalId: string, draft: GoalDraft, bud: BudClient = getBudClient()): Promise<BudGoal> {
  const { data } = await aboutOne("Goal", () =>
    bud.api.PATCH("/goals/v2/savings/goals/{savings_goal_id}", {
      params: { header: bud.customerHeaders(customer), path: { savings_goal_id: goalId } },
      body: {
        account_id: draft.accountId,
        name: draft.name,
        target_amount: wireTarget(draft.target),
        allocation_ratio: draft.allocationRatio,
        target_datetime: draft.targetDateTime,
      },
    }),
  );
  return toGoal(parseWire(z.object({ data: WireGoal }), data, PATCH).data, PATCH);
}

export async function deleteGoal(customer: BudCustomer, goalId: string, bud: BudClient = getBudClient()): Promise<void> {
  await aboutOne("Goal", () =>
    bud.api.DELETE("/goals/v2/savings/goals/{savings_goal_id}", {
      params: { header: bud.customerHeaders(customer), path: { savings_goal_id: goalId } },
    }),
  );
}
