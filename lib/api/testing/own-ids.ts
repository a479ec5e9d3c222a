import { randomUUID } from "node:crypto";
import type { RouteAnswer } from "@/lib/api/testing/call";
import type { WorldUser } from "@/lib/api/testing/world";
import { startJourney } from "@/lib/connect/journeys";
import type { Account, Budget, Page, SavingsGoal, Transaction } from "@/lib/domain";
import { calendarDay } from "@/lib/format";
import { startPayment } from "@/lib/payments/start";
import { BUDGET_FORM_DEFAULTS } from "@/lib/schemas/budgets";
import type { Connection } from "@/lib/schemas/connect";
import { GOAL_FORM_DEFAULTS } from "@/lib/schemas/goals";
import { PaymentFormFields, type PaymentList } from "@/lib/schemas/payments";
import { transactionRef } from "@/lib/rules/transaction-ref";

/*
 * For the IDOR walker (lib/api/idor.test.ts): how to get a user's own ids for each path param name. A user route
 * with a param not listed here fails the walk: add how to list the signed-in user's own ids of that kind.
 */

export interface WalkerApi {
  /** GET a route (by pattern) as `owner`. */
  get(owner: WorldUser, pattern: string, extra?: { query?: string }): Promise<RouteAnswer>;
  /** POST a JSON body to a route (by pattern) as `owner`. */
  post(owner: WorldUser, pattern: string, segments: Record<string, string[]>, body?: unknown): Promise<RouteAnswer>;
}

export function ownIdFinders({ get, post }: WalkerApi): Record<string, (owner: WorldUser) => Promise<string[]>> {
  return {
    accountId: async (owner) => ((await get(owner, "/api/accounts")).json as Account[]).map((account) => account.id),
    transactionRef: async (owner) =>
      ((await get(owner, "/api/transactions", { query: "page_size=3" })).json as Page<Transaction>).items.map((t) =>
        transactionRef(t, calendarDay(t.date)),
      ),
    // Nobody starts with budgets or goals: the owner makes one (once), then lists them.
    budgetId: async (owner) => {
      if (((await get(owner, "/api/budgets")).json as Budget[]).length === 0) {
        await post(owner, "/api/budgets", {}, { ...BUDGET_FORM_DEFAULTS, name: "Groceries", amount: "200", categories: [{ l1: "food_and_drink", l2: [] }] });
      }
      return ((await get(owner, "/api/budgets")).json as Budget[]).map((budget) => budget.id);
    },
    goalId: async (owner) => {
      if (((await get(owner, "/api/goals")).json as SavingsGoal[]).length === 0) {
        const [account] = (await get(owner, "/api/accounts")).json as Account[];
        const body = { ...GOAL_FORM_DEFAULTS, name: "Holiday", accountId: account!.id, currency: account!.currency, target: "1000", allocationRatio: 0.1 };
        await post(owner, "/api/goals", {}, body);
      }
      return ((await get(owner, "/api/goals")).json as SavingsGoal[]).map((goal) => goal.id);
    },
    // Journeys have no list route: each owner starts one, as "Connect a bank" would.
    journeyId: async (owner) => [(await startJourney(owner.user.id, { provider: null, purpose: "connect" })).journey.id],
    consentId: async (owner) => ((await get(owner, "/api/connections")).json as Connection[]).map((connection) => connection.consentId),
    // A refresh the owner started on a bank whose consent is live (listed after consentId, which it needs).
    taskId: async (owner) => {
      const live = ((await get(owner, "/api/connections")).json as Connection[]).find((connection) => connection.health === "active");
      const started = await post(owner, "/api/connections/[consentId]/refresh", { consentId: [live!.consentId] });
      return [(started.json as { taskId: string }).taskId];
    },
    // A payment the owner started (left at the bank unanswered, so it reads the same for the whole walk).
    paymentId: async (owner) => {
      if (((await get(owner, "/api/payments")).json as PaymentList).items.length === 0) {
        const form = PaymentFormFields.parse({
          idempotencyKey: randomUUID(),
          kind: "single",
          provider: "Natwest_Sandbox",
          currency: "GBP",
          amount: "3.00",
          reference: "Walker",
          recipientType: "sort_code",
          recipientName: "Sam Friend",
          sortCode: "200000",
          accountNumber: "55779911",
        });
        await startPayment(owner.user, form, "http://localhost");
      }
      return ((await get(owner, "/api/payments")).json as PaymentList).items.map((payment) => payment.id);
    },
  };
}
