import "server-only";
import type { User } from "next-auth";
import { sql } from "drizzle-orm";
import { clientIp } from "@/lib/auth/client-ip";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "@/lib/auth/password";
import { countSignIn, releaseSignIn, reserveSignIn } from "@/lib/auth/rate-limit";
import { normaliseEmail } from "@/lib/auth/schemas";
import { reportThrottled } from "@/lib/auth/throttle";
import { getBudCustomer } from "@/lib/customer-link";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { log } from "@/lib/log";

/**
 * The credentials provider's check. Unknown email and wrong password are indistinguishable, in the answer (null)
 * and in time (argon2 runs against a dummy hash when there is no user). A throttled attempt throws: next-auth v4
 * passes the message on as the sign-in error, and the route answers 429 (lib/auth/throttle).
 */
export async function authorizeCredentials(
  credentials: { email?: string; password?: string } | undefined,
  headers: Record<string, unknown> | undefined,
): Promise<User | null> {
  const source = { email: normaliseEmail(credentials?.email ?? ""), ip: clientIp(headers) };
  const reservation = await reserveSignIn(source);
  if (!reservation.allowed) {
    reportThrottled(reservation.retryAfterSeconds);
    throw new Error(reservation.message);
  }

  let user: { id: string; passwordHash: string; sessionVersion: number } | undefined;
  let succeeded: boolean;
  try {
    const db = await getDb();
    [user] = await db
      .select({ id: users.id, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
      .from(users)
      .where(sql`lower(${users.email}) = ${source.email}`);
    const passwordMatches = await verifyPassword(credentials?.password ?? "", user?.passwordHash ?? DUMMY_PASSWORD_HASH);
    succeeded = user !== undefined && passwordMatches;
  } catch (error) {
    await releaseSignIn(reservation).catch(() => undefined);
    throw error;
  }
  await countSignIn(reservation, succeeded);
  if (!user || !succeeded) return null;
  const { id, sessionVersion } = user;

  // Finishes a sign-up that stopped before linking its Bud customer. Sign-in does not depend on it: data
  // requests try again through getBudCustomer.
  await getBudCustomer(id).catch((error: unknown) =>
    log("warn", "bud_customer_link_deferred", { userId: id, error: error instanceof Error ? error.name : "unknown" }),
  );
  return { id, sessionVersion };
}
