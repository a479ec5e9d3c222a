import "server-only";
import { eq } from "drizzle-orm";
import { ZodError } from "zod";
import { BudError } from "@/lib/bud/errors";
import { deleteCustomer } from "@/lib/bud/customers";
import { getBudCustomer } from "@/lib/customer-link";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { assertNotSharedDemoUser } from "@/lib/demo/shared-demo-guard";
import { securityEvent } from "@/lib/security/events";

export const EMAIL_MISMATCH = "This isn’t your account’s email. Type it exactly to confirm.";

/**
 * Deletes the account: first the Bud customer and all their data at Bud (its asynchronous task polled to the
 * end), then the user row, which takes everything of theirs with it (every table references users on delete
 * cascade). If Bud's deletion fails, the error propagates and nothing local is touched, so the user can try
 * again. A customer Bud no longer knows (a retry after Bud finished but we did not) counts as deleted. Linking
 * first, if sign-up never got that far, finds a customer Bud may hold for this user, so none is left behind.
 */
export async function deleteAccount(userId: string, confirmedEmail: string, accountEmail: string): Promise<void> {
  assertNotSharedDemoUser(userId, "delete the account");
  if (confirmedEmail !== accountEmail) {
    throw new ZodError([{ code: "custom", path: ["email"], message: EMAIL_MISMATCH, input: undefined }]);
  }
  const customer = await getBudCustomer(userId);
  try {
    await deleteCustomer(customer.customerId);
  } catch (error) {
    if (!(error instanceof BudError && error.kind === "not_found")) throw error;
  }
  const db = await getDb();
  await db.delete(users).where(eq(users.id, userId));
  securityEvent("account_deleted", { userId });
}
