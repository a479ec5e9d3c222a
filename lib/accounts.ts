import "server-only";
import { cache } from "react";
import { getAccount as fetchAccount, listAccounts } from "@/lib/bud/accounts";
import type { BudCustomer } from "@/lib/bud/client";
import { getBudCustomer } from "@/lib/customer-link";
import type { Account } from "@/lib/domain";

/** The signed-in user's accounts. The Bud customer comes from our database, never from the request. */
export async function getAccounts(userId: string): Promise<Account[]> {
  return listAccounts(await getBudCustomer(userId));
}

/**
 * One account of an already resolved customer; NotFoundError (from lib/bud) for an unknown id or someone
 * else's. Cached per render: getBudCustomer is too, so a page's lookups of one account (metadata, header, the
 * transactions' ownership check) share one upstream call.
 */
export const accountOf = cache(
  (customer: BudCustomer, accountId: string): Promise<Account> => fetchAccount(customer, accountId),
);

/** One of the user's accounts, as accountOf. */
export const getAccount = cache(
  async (userId: string, accountId: string): Promise<Account> => accountOf(await getBudCustomer(userId), accountId),
);
