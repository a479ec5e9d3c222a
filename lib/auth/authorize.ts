import "server-only";
import type { User } from "next-auth";
import { sql } from "drizzle-orm";
import { clientIp } from "@/lib/auth/client-ip";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "@/lib/auth/password";
import { countSignIn, releaseSignIn, reserveSignIn } from "@/lib/auth/rate-limit";
import { reportThrottled } from "@/lib/auth/throttle";
import { getBudCustomer } from "@/lib/customer-link";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { log } from "@/lib/log";
import { normaliseEmail } from "@/lib/rules/email";
import { emailSchema } from "@/lib/schemas/auth";
import { emailHash, securityEvent } from "@/lib/security/events";

/** A user with this address, if it is one: anything else (a NUL, say, which PostgreSQL refuses) matches nobody. */
async function findUser(email: string) {
  if (!emailSchema.safeParse(email).success) return undefined;
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  return user;
}

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
  const who = { emailHash: emailHash(source.email), ip: source.ip };
  const reservation = await reserveSignIn(source);
  if (!reservation.allowed) {
    securityEvent("sign_in_failed", { ...who, reason: "rate_limited" });
    reportThrottled(reservation.retryAfterSeconds);
    throw new Error(reservation.message);
  }

  let user: Awaited<ReturnType<typeof findUser>>;
  let succeeded: boolean;
  try {
    user = await findUser(source.email);
    const passwordMatches = await verifyPassword(credentials?.password ?? "", user?.passwordHash ?? DUMMY_PASSWORD_HASH);
    succeeded = user !== undefined && passwordMatches;
  } catch (error) {
    // The attempt never got an answer: it must not count against the account.
    await releaseSignIn(reservation).catch(() => undefined);
    throw error;
  }
  await countSignIn(reservation, succeeded);
  if (!user || !succeeded) {
    securityEvent("sign_in_failed", { ...who, reason: "bad_credentials" });
    return null;
  }
  const { id, sessionVersion } = user;
  securityEvent("sign_in", { ...who, userId: id });

  // Finishes a sign-up that stopped before linking its Bud customer. Sign-in does not depend on it: data
  // requests try again through getBudCustomer.
  await getBudCustomer(id).catch((error: unknown) =>
    log("warn", "bud_customer_link_deferred", { userId: id, error: error instanceof Error ? error.name : "unknown" }),
  );
  return { id, sessionVersion };
}
