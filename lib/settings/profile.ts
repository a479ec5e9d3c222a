import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { checkCurrentPassword } from "@/lib/auth/current-password";
import { revokeResetTokens } from "@/lib/auth/password-reset";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { assertNotSharedDemoUser } from "@/lib/demo/shared-demo-guard";
import type { Profile } from "@/lib/schemas/settings";
import { securityEvent } from "@/lib/security/events";

export type ProfileUpdate = { name: string; email: string; currentPassword?: string };

export type ProfileResult =
  | { ok: true; profile: Profile }
  | { ok: false; error: "password_required" | "wrong_password" | "rate_limited" | "email_taken"; message: string };

/** PostgreSQL's unique_violation, as pg and PGlite report it (drizzle wraps it as the cause). */
function isUniqueViolation(error: unknown): boolean {
  const code = (value: unknown) => (typeof value === "object" && value !== null ? (value as { code?: unknown }).code : undefined);
  return code(error) === "23505" || code((error as { cause?: unknown } | null)?.cause) === "23505";
}

const EMAIL_TAKEN = { ok: false, error: "email_taken", message: "Another account already uses this email." } as const;

/**
 * Renames the user and, when the email changes, moves the account to the new address. The email is how one signs
 * in, so changing it needs the current password (a borrowed session must not take the account over) and is
 * refused for the shared demo users (it would lock every other visitor out). Outstanding reset links went to the
 * old address and stop working.
 */
export async function updateProfile(userId: string, current: Profile, next: ProfileUpdate): Promise<ProfileResult> {
  const db = await getDb();
  const emailChanges = next.email !== current.email;
  if (emailChanges) {
    assertNotSharedDemoUser(userId, "change the email");
    if (!next.currentPassword) {
      return { ok: false, error: "password_required", message: "Enter your current password to change your email." };
    }
    // Checked before the password, so a taken address is said without spending a sign-in attempt.
    const [taken] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(sql`lower(${users.email}) = ${next.email}`, ne(users.id, userId)));
    if (taken) return EMAIL_TAKEN;
    const checked = await checkCurrentPassword(userId, next.currentPassword);
    if (!checked.ok) return checked;
  }
  try {
    await db.update(users).set({ name: next.name, email: next.email }).where(eq(users.id, userId));
  } catch (error) {
    // Someone took the address between the check and the update: the unique index decides.
    if (isUniqueViolation(error)) return EMAIL_TAKEN;
    throw error;
  }
  if (emailChanges) {
    await revokeResetTokens(userId);
    securityEvent("email_changed", { userId });
  }
  return { ok: true, profile: { name: next.name, email: next.email } };
}
