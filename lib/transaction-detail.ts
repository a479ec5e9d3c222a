import "server-only";
import { z } from "zod";
import type { BudCustomer } from "@/lib/bud/client";
import { getCategoryTaxonomy } from "@/lib/bud/category-taxonomy";
import { correctCategory, similarTransactions } from "@/lib/bud/corrections";
import { listTransactions } from "@/lib/bud/transactions";
import { getBudCustomer } from "@/lib/customer-link";
import { assertNotSharedDemoUser } from "@/lib/demo/shared-demo-guard";
import type { Transaction } from "@/lib/domain";
import { NotFoundError } from "@/lib/errors";
import { rangeInstants } from "@/lib/periods";
import type { TransactionLocator } from "@/lib/rules/transaction-ref";
import type { RecategoriseBody } from "@/lib/schemas/transactions";

/** A day of one account rarely holds more than a page; a runaway search stops here and says "not found". */
const MAX_PAGES = 5;
const PAGE_SIZE = 200;

/**
 * One of the user's transactions, found again from its ref: Bud has no read-by-id, so the account's transactions
 * on that London day are listed until the id turns up. Bud scopes the list to the user's customer, so someone
 * else's account or transaction id finds nothing: NotFoundError, as an unknown one.
 */
export async function getTransaction(userId: string, locator: TransactionLocator): Promise<Transaction> {
  return findTransaction(await getBudCustomer(userId), locator);
}

async function findTransaction(customer: BudCustomer, { date, accountId, transactionId }: TransactionLocator) {
  const { from, to } = rangeInstants({ from: date, to: date });
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await listTransactions(customer, { accountId, from, to }, { size: PAGE_SIZE, token });
    const found = result.items.find((transaction) => transaction.id === transactionId);
    if (found) return found;
    token = result.nextPageToken ?? undefined;
    if (!token) break;
  }
  throw new NotFoundError("Transaction");
}

/** The user's other transactions like this one: the ones a correction "for all similar" would also change. */
export async function getSimilarTransactions(userId: string, locator: TransactionLocator): Promise<Transaction[]> {
  const customer = await getBudCustomer(userId);
  // Ownership first: only then is the id passed to Bud's similar call.
  await findTransaction(customer, locator);
  return similarTransactions(customer, locator.transactionId);
}

/**
 * Recategorises the transaction (and, if asked, every similar past and future one) and returns it as Bud now
 * has it. Shared demo users may not: one visitor's corrections would change the demo for the next.
 */
export async function recategoriseTransaction(
  userId: string,
  locator: TransactionLocator,
  body: RecategoriseBody,
): Promise<Transaction> {
  assertNotSharedDemoUser(userId, "recategorise transactions");
  const customer = await getBudCustomer(userId);
  const [, taxonomy] = await Promise.all([findTransaction(customer, locator), getCategoryTaxonomy()]);
  const parent = taxonomy.find((category) => category.slug === body.category_l1);
  if (!parent) throw fieldError("category_l1", "Choose a category from the list.");
  if (body.category_l2 && !parent.subcategories.includes(body.category_l2)) {
    throw fieldError("category_l2", "Choose a subcategory of that category.");
  }
  await correctCategory(customer, {
    transactionId: locator.transactionId,
    l1: body.category_l1,
    l2: body.category_l2,
    includeSimilar: body.include_similar,
  });
  return findTransaction(customer, locator);
}

const fieldError = (field: string, message: string) =>
  new z.ZodError([{ code: "custom", path: [field], message, input: undefined }]);
