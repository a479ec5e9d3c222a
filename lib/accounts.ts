import "server-only";
import { cache } from "react";
import { getAccount as fetchAccount, listAccounts } from "@/lib/bud/accounts";
import type { BudCustomer } from "@/lib/bud/client";
import { getBudCustomer } from "@/lib/customer-link";
import { assertNotSharedDemoUser } from "@/lib/demo/shared-demo-guard";
import type { Account, BudAccount } from "@/lib/domain";
import { hiddenAccountIds, setHiddenFromTotals } from "@/lib/hidden-accounts";

const withPreferences = (account: BudAccount, hidden: ReadonlySet<string>): Account => ({
  ...account,
  hiddenFromTotals: hidden.has(account.id),
});

/** The customer's accounts as Bud lists them. Cached per render: the counting rule reads them too. */
export const accountsOf = cache((customer: BudCustomer): Promise<BudAccount[]> => listAccounts(customer));

/** The signed-in user's accounts. The Bud customer comes from our database, never from the request. */
export async function getAccounts(userId: string): Promise<Account[]> {
  const [accounts, hidden] = await Promise.all([getBudCustomer(userId).then(accountsOf), hiddenAccountIds(userId)]);
  return accounts.map((account) => withPreferences(account, hidden));
}

/**
 * One account of an already resolved customer; NotFoundError (from lib/bud) for an unknown id or someone
 * else's. Cached per render: getBudCustomer is too, so a page's lookups of one account (metadata, header, the
 * transactions' ownership check) share one upstream call.
 */
export const accountOf = cache(
  (customer: BudCustomer, accountId: string): Promise<BudAccount> => fetchAccount(customer, accountId),
);

/** One of the user's accounts, as accountOf. */
export const getAccount = cache(async (userId: string, accountId: string): Promise<Account> => {
  const [account, hidden] = await Promise.all([getBudCustomer(userId).then((customer) => accountOf(customer, accountId)), hiddenAccountIds(userId)]);
  return withPreferences(account, hidden);
});

/**
 * Hides one of the user's accounts from totals or counts it again; someone else's or unknown: NotFoundError, with
 * nothing stored. Refused for the shared demo user: every visitor would see the next one's net worth change.
 */
export async function setAccountHidden(userId: string, accountId: string, hidden: boolean): Promise<Account> {
  assertNotSharedDemoUser(userId, "hide accounts from totals");
  const account = await accountOf(await getBudCustomer(userId), accountId);
  await setHiddenFromTotals(userId, accountId, hidden);
  return { ...account, hiddenFromTotals: hidden };
}
