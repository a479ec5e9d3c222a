import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { countSignIn, releaseSignIn, reserveSignIn } from "@/lib/auth/rate-limit";
import { bumpSessionVersion } from "@/lib/auth/revoke";
import { passwordSchema } from "@/lib/schemas/auth";
import { readSessionToken } from "@/lib/auth/session-token";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
}

/**
 * The signed-in user, or null. The token's session version is compared with the database on every request, so
 * signing out everywhere or changing the password revokes existing tokens at once. cache() shares one lookup
 * between the layouts and pages of a single render.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSessionToken();
  if (!session) return null;
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, session.userId));
  if (!user || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name };
});

const WRONG_PASSWORD = { ok: false, error: "wrong_password", message: "The current password is not correct." } as const;

export type ChangePasswordResult =
  | { ok: true }
  | { ok: false; error: "invalid_password" | "wrong_password" | "rate_limited"; message: string };

/**
 * Replaces the password and revokes every session, this one included (the user signs in again). Wrong current
 * passwords count against the account's sign-in limit, so a stolen session cannot guess its way to the password.
 */
export async function changePassword(userId: string, current: string, next: string): Promise<ChangePasswordResult> {
  const valid = passwordSchema.safeParse(next);
  if (!valid.success) return { ok: false, error: "invalid_password", message: valid.error.issues[0]?.message ?? "" };
  const db = await getDb();
  const [user] = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return WRONG_PASSWORD;
  const reservation = await reserveSignIn({ email: user.email, ip: null });
  if (!reservation.allowed) return { ok: false, error: "rate_limited", message: reservation.message };
  const matches = await verifyPassword(current, user.passwordHash).catch(async (error: unknown) => {
    await releaseSignIn(reservation);
    throw error;
  });
  await countSignIn(reservation, matches);
  if (!matches) return WRONG_PASSWORD;
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(next), sessionVersion: bumpSessionVersion })
    .where(eq(users.id, userId));
  return { ok: true };
}
