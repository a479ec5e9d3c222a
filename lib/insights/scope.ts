import "server-only";
import { accountsOf } from "@/lib/accounts";
import type { BudCustomer } from "@/lib/bud/client";
import { hiddenAccountIds } from "@/lib/hidden-accounts";
import { countedAccountIds } from "@/lib/insights/counting";

/**
 * The accounts a user's totals cover (lib/insights/counting.ts, countedAccountIds): undefined for all of them.
 * Bud's account list is read only when the user hid something, so the usual case costs one database read.
 */
export async function countedAccounts(userId: string, customer: BudCustomer): Promise<string[] | undefined> {
  const hidden = await hiddenAccountIds(userId);
  if (hidden.size === 0) return undefined;
  return countedAccountIds((await accountsOf(customer)).map((account) => account.id), hidden);
}
