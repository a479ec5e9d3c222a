import "server-only";
import { eq } from "drizzle-orm";
import { readWithSession, type StoredLink } from "@/lib/auth/request-session";
import type { BudCustomer } from "@/lib/bud/client";
import { createCustomer, deleteCustomer, type CreatedCustomer } from "@/lib/bud/customers";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secret-box";
import { getDb, type Database } from "@/lib/db/client";
import { budCustomers, users } from "@/lib/db/schema";
import { LruCache } from "@/lib/perf/lru";
import { timeStepSync } from "@/lib/perf/server-timing";

/*
 * The link from a Budgie user to their Bud customer. Sign-up inserts the user, then calls ensureBudCustomer; the
 * Bud customer is created with the user id as idempotent identifier, so when the process dies (or the database
 * fails) between Bud's answer and storing the link, the next attempt gets the same customer back instead of a
 * second one, and nothing is left orphaned at Bud.
 */

const SECRET_CACHE_ENTRIES = 10_000;

// On globalThis: Next's server bundles hold one copy of this module per route entry, and one cache is enough.
const globalForSecrets = globalThis as typeof globalThis & {
  budgieCustomerSecrets?: LruCache<string, { owner: string; secret: string }>;
};

/**
 * Decrypts a stored customer secret, remembering the result by ciphertext (bounded, in this process only; a
 * rotation writes a new ciphertext, so it simply misses). The owner is kept with it and must match, so a
 * ciphertext copied to another user's row still fails as the associated data demands, rather than being served
 * from the cache.
 */
function openSecret(ciphertext: string, userId: string): string {
  const cache = (globalForSecrets.budgieCustomerSecrets ??= new LruCache(SECRET_CACHE_ENTRIES));
  const known = cache.get(ciphertext);
  if (known?.owner === userId) return known.secret;
  const secret = decryptSecret(ciphertext, userId);
  cache.set(ciphertext, { owner: userId, secret });
  return secret;
}

function openLink(userId: string, link: StoredLink): BudCustomer {
  const { customerId, secretCiphertext } = link;
  return {
    customerId,
    customerSecret: secretCiphertext === null ? null : timeStepSync("decrypt", () => openSecret(secretCiphertext, userId)),
  };
}

async function readLink(db: Database, userId: string): Promise<BudCustomer | null> {
  const [link] = await db
    .select({ customerId: budCustomers.customerId, secretCiphertext: budCustomers.secretCiphertext })
    .from(budCustomers)
    .where(eq(budCustomers.userId, userId));
  return link ? openLink(userId, link) : null;
}

/** The row that links a user to a customer, with the secret sealed to that user. */
export function linkRow(userId: string, customer: BudCustomer): typeof budCustomers.$inferInsert {
  const sealed = customer.customerSecret === null ? null : encryptSecret(customer.customerSecret, userId);
  return {
    userId,
    customerId: customer.customerId,
    secretCiphertext: sealed?.ciphertext ?? null,
    keyId: sealed?.keyId ?? null,
  };
}

const usable = ({ customerId, customerSecret }: CreatedCustomer): BudCustomer => ({ customerId, customerSecret });

/**
 * Bud's customer for this user id, one we can use. A first creation always is, and so is a replay (created=false)
 * of a customer whose secret Bud hosts. A replay of one whose secret Bud does not host carries no secret: Bud gave
 * it, once, to an earlier attempt that never stored it, so the customer is useless; it is deleted and created
 * afresh (Bud then makes a new customer for the identifier), leaving nothing orphaned.
 */
async function usableCustomer(userId: string): Promise<BudCustomer> {
  const first = await createCustomer({ idempotentIdentifier: userId });
  if (first.created || first.customerSecret !== null || first.secretHosted) return usable(first);
  await deleteCustomer(first.customerId);
  const fresh = await createCustomer({ idempotentIdentifier: userId });
  if (!fresh.created) throw new Error("Bud still returns the deleted customer for this user; linking will be retried");
  return usable(fresh);
}

/**
 * Links the user to a Bud customer unless already linked, and returns it. Holds the user's row lock meanwhile,
 * so concurrent calls (two requests, two instances) cannot both create, or one delete what the other just made.
 */
export async function ensureBudCustomer(userId: string): Promise<BudCustomer> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw new Error(`Cannot link a Bud customer: no user ${userId}`);
    const linked = await readLink(tx, userId);
    if (linked) return linked;
    const customer = await usableCustomer(userId);
    await tx.insert(budCustomers).values(linkRow(userId, customer));
    return customer;
  });
}

/**
 * The user's Bud customer (secret decrypted), linking one first when sign-up stopped short of it. The link comes
 * with the request's session read when it can (no second database round trip), and is read here otherwise.
 */
export async function getBudCustomer(userId: string): Promise<BudCustomer> {
  const withSession = (await readWithSession(userId))?.link;
  const link = withSession === undefined ? await readLink(await getDb(), userId) : withSession && openLink(userId, withSession);
  return link ?? ensureBudCustomer(userId);
}
