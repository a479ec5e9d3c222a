import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { reserveEvents, type Refusal } from "@/lib/auth/rate-limit";
import { bumpSessionVersion } from "@/lib/auth/revoke";
import { getDb } from "@/lib/db/client";
import { passwordResetTokens, users } from "@/lib/db/schema";
import { isSharedDemoUser } from "@/lib/demo/shared-demo-guard";
import { sendMail } from "@/lib/mail/transport";
import { RESET_LINK_MINUTES } from "@/lib/rules/password-reset";
import { emailHash, securityEvent } from "@/lib/security/events";

/*
 * Forgotten passwords. A reset token is 32 bytes from the CSPRNG, mailed as a link and stored only as its SHA-256
 * (a slow hash would add nothing against 256 random bits), valid for 30 minutes and once. Requests are limited per
 * email and per client address, and answered the same whether or not the email has an account.
 */

export const RESET_TOKEN_TTL_MS = RESET_LINK_MINUTES * 60_000;
/** Requests per email, and per client address, in the rate limiter's 15-minute window. */
export const RESET_REQUESTS_PER_EMAIL = 3;
export const RESET_REQUESTS_PER_ADDRESS = 10;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new token for the user; expired tokens of anyone are pruned on the way. */
export async function issueResetToken(userId: string, now: Date = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const db = await getDb();
  await db.delete(passwordResetTokens).where(lt(passwordResetTokens.expiresAt, now));
  await db
    .insert(passwordResetTokens)
    .values({ userId, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS) });
  return token;
}

/**
 * Sets a new password with a token, spending it and every other outstanding token of the user, and ends all of
 * the user's sessions. One statement spends the token, so two uses racing each other cannot both succeed. False
 * when the token is unknown, expired or spent (nothing changes then).
 */
export async function resetPassword(token: string, password: string, now: Date = new Date()): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [spent] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, hashToken(token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, now),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!spent) return false;
    await tx.update(users).set({ passwordHash, sessionVersion: bumpSessionVersion }).where(eq(users.id, spent.userId));
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.userId, spent.userId), isNull(passwordResetTokens.usedAt)));
    securityEvent("password_reset", { userId: spent.userId });
    return true;
  });
}

/** Forgets the user's outstanding links, when the address they were sent to is no longer the account's. */
export async function revokeResetTokens(userId: string): Promise<void> {
  const db = await getDb();
  await db.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
}

function resetMail(to: string, name: string, link: string) {
  return {
    to,
    subject: "Reset your Budgie password",
    text: [
      `Hello ${name},`,
      "",
      `Someone, hopefully you, asked to reset the password of your Budgie account. Open this link within ${RESET_LINK_MINUTES} minutes to choose a new one:`,
      "",
      link,
      "",
      "The link works once. If you didn’t ask for it, ignore this email: your password stays as it is.",
    ].join("\n"),
  };
}

export interface ResetRequest {
  /** Normalised (lib/schemas/auth). */
  email: string;
  ip: string | null;
  /** The reset page's link for a token. */
  linkFor: (token: string) => string;
}

/**
 * Handles "forgot my password": within the limits, mails a reset link when the email belongs to an account other
 * than a shared demo user (whose password everyone uses). The caller answers the same either way; `delivery`
 * settles when the mail is out, and is not awaited by the route, so sending takes no time the answer could show.
 */
export async function requestPasswordReset(
  request: ResetRequest,
  now: Date = new Date(),
): Promise<Refusal | { allowed: true; delivery: Promise<void> }> {
  const limits = [
    { scope: "password-reset-email", subject: request.email, max: RESET_REQUESTS_PER_EMAIL },
    ...(request.ip ? [{ scope: "password-reset-address", subject: request.ip, max: RESET_REQUESTS_PER_ADDRESS }] : []),
  ];
  const limit = await reserveEvents(limits, "password reset requests", now);
  if (!limit.allowed) return limit;
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(sql`lower(${users.email}) = ${request.email}`);
  securityEvent("password_reset_requested", { emailHash: emailHash(request.email), known: user !== undefined });
  if (!user || isSharedDemoUser(user.id)) return { allowed: true, delivery: Promise.resolve() };
  const token = await issueResetToken(user.id, now);
  return { allowed: true, delivery: sendMail(resetMail(user.email, user.name, request.linkFor(token)), "password_reset") };
}
