import "server-only";
import { eq } from "drizzle-orm";
import { verifyPassword } from "@/lib/auth/password";
import { countSignIn, releaseSignIn, reserveSignIn } from "@/lib/auth/rate-limit";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";

export type CurrentPasswordCheck =
  | { ok: true }
  | { ok: false; error: "wrong_password" | "rate_limited"; message: string };

export const WRONG_PASSWORD_MESSAGE = "The current password is not correct.";

/**
 * Whether `password` is the signed-in user's current password, before a sensitive change (a new password, a new
 * email). Wrong guesses count against the account's sign-in limit, so a stolen session cannot guess its way to
 * the password; an attempt that could not be judged (an error) is given back.
 */
export async function checkCurrentPassword(userId: string, password: string): Promise<CurrentPasswordCheck> {
  const db = await getDb();
  const [user] = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return { ok: false, error: "wrong_password", message: WRONG_PASSWORD_MESSAGE };
  const reservation = await reserveSignIn({ email: user.email, ip: null });
  if (!reservation.allowed) return { ok: false, error: "rate_limited", message: reservation.message };
  const matches = await verifyPassword(password, user.passwordHash).catch(async (error: unknown) => {
    await releaseSignIn(reservation);
    throw error;
  });
  await countSignIn(reservation, matches);
  return matches ? { ok: true } : { ok: false, error: "wrong_password", message: WRONG_PASSWORD_MESSAGE };
}
