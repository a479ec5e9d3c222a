import "server-only";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { signUpSchema, type SignUpInput } from "@/lib/schemas/auth";
import { ensureBudCustomer } from "@/lib/customer-link";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { log } from "@/lib/log";

export type SignUpResult =
  | { ok: true; userId: string }
  | { ok: false; error: "invalid_input"; fieldErrors: Partial<Record<keyof SignUpInput, string>> }
  | { ok: false; error: "email_taken" };

/**
 * Creates the account, then its Bud customer. If linking the customer fails, the account still stands: the next
 * sign-in or data request links it (lib/customer-link), so the user is not told to sign up again.
 */
export async function signUp(input: SignUpInput): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return {
      ok: false,
      error: "invalid_input",
      fieldErrors: { name: fieldErrors.name?.[0], email: fieldErrors.email?.[0], password: fieldErrors.password?.[0] },
    };
  }
  const { name, email, password } = parsed.data;
  const db = await getDb();
  // The unique index on lower(email) decides races between two sign-ups with the same address.
  const [user] = await db
    .insert(users)
    .values({ name, email, passwordHash: await hashPassword(password) })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (!user) return { ok: false, error: "email_taken" };
  try {
    await ensureBudCustomer(user.id);
  } catch (error) {
    log("warn", "bud_customer_link_deferred", { userId: user.id, error: error instanceof Error ? error.name : "unknown" });
  }
  return { ok: true, userId: user.id };
}
