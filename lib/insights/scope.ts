import "server-only";
import { accountsOf } from "@/lib/accounts";
import type { BudCustomer } from "@/lib/bud/client";
import { getBudCustomer } from "@/lib/customer-link";
import { hiddenAccountIds } from "@/lib/hidden-accounts";
import { countedAccountIds } from "@/lib/insights/counting";

/** Whose totals, over which accounts: undefined for every account, an empty list when every one is hidden. */
export interface CountingScope {
  customer: BudCustomer;
  accountIds: string[] | undefined;
}

/**
 * The user's customer and the accounts their totals cover (lib/insights/counting.ts, countedAccountIds). Both
 * database reads run side by side, and Bud's account list is read only when the user hid something, so the usual
 * case adds nothing before the totals' own calls.
 */
export async function countingScope(userId: string): Promise<CountingScope> {
  const [customer, hidden] = await Promise.all([getBudCustomer(userId), hiddenAccountIds(userId)]);
  if (hidden.size === 0) return { customer, accountIds: undefined };
  return { customer, accountIds: countedAccountIds((await accountsOf(customer)).map((account) => account.id), hidden) };
}
