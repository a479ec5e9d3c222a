import "server-only";
import { cache } from "react";
import { getAccount as fetchAccount, listAccounts } from "@/lib/bud/accounts";
import { BudError } from "@/lib/bud/errors";
import type { BudCustomer } from "@/lib/bud/client";
import { getBudCustomer } from "@/lib/customer-link";
import { NotFoundError } from "@/lib/errors";
import type { Account } from "@/lib/domain";

/** Bud answers an account that is not this customer's with a 404 or a 400 naming it not found. */
const NOT_FOUND_CODES = new Set(["account_not_found", "resource_not_found"]);

/** The signed-in user's accounts. The Bud customer comes from our database, never from the request. */
export async function getAccounts(userId: string): Promise<Account[]> {
  return listAccounts(await getBudCustomer(userId));
}

/**
 * One of the user's accounts; NotFoundError for an unknown id or someone else's. Cached per request, so a page
 * and its metadata share one upstream call.
 */
export const getAccount = cache(
  async (userId: string, accountId: string): Promise<Account> => accountOf(await getBudCustomer(userId), accountId),
);

/** One account of an already resolved customer, with Bud's "not yours / not there" answers as NotFoundError. */
export async function accountOf(customer: BudCustomer, accountId: string): Promise<Account> {
  try {
    return await fetchAccount(customer, accountId);
  } catch (error) {
    if (error instanceof BudError && (error.kind === "not_found" || NOT_FOUND_CODES.has(error.codeId ?? ""))) {
      throw new NotFoundError("Account");
    }
    throw error;
  }
}
