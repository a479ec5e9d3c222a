import "server-only";
import { z } from "zod";
import type { NextRequest } from "next/server";

/** Bud's account ids are opaque strings; this bounds them without assuming a format. */
export const AccountId = z.string().min(1).max(128).regex(/^[\w.\-~]+$/, "Invalid account id");
export const AccountIdParams = z.object({ accountId: AccountId });

/** Query parameters as a plain object (last value wins), ready for a zod schema. */
export function searchParamsObject(request: NextRequest): Record<string, string> {
  return Object.fromEntries(request.nextUrl.searchParams);
}

/** Bud's budget and savings goal ids, bounded like account ids (goals are uuids, budgets opaque). */
export const BudgetIdParams = z.object({ budgetId: AccountId });
export const GoalIdParams = z.object({ goalId: AccountId });
