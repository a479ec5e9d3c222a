import "server-only";
import { createHmac } from "node:crypto";
import { secretsConfig } from "@/lib/env";
import { log } from "@/lib/log";

/**
 * Security events, one structured line each (`event: "security.<type>"`), with the request id from the log
 * context. They name users by id; an email is only ever logged as emailHash (keyed, so it cannot be reversed by
 * hashing guesses), which still lets one follow attempts at one address.
 */
export type SecurityEventType =
  | "sign_in"
  | "sign_in_failed"
  | "sign_out"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "password_changed"
  | "email_changed"
  | "sessions_revoked"
  | "account_deleted"
  | "password_reset_requested"
  | "password_reset";

const LEVEL: Record<SecurityEventType, "info" | "warn"> = {
  sign_in: "info",
  sign_in_failed: "warn",
  sign_out: "info",
  unauthenticated: "info",
  forbidden: "warn",
  not_found: "warn",
  password_changed: "info",
  email_changed: "info",
  sessions_revoked: "info",
  account_deleted: "info",
  password_reset_requested: "info",
  password_reset: "info",
};

type Fields = Record<string, string | number | boolean | null | undefined>;

export function securityEvent(type: SecurityEventType, fields: Fields = {}): void {
  log(LEVEL[type], `security.${type}`, fields);
}

/** A stable, non-reversible stand-in for an email address in logs (128 bits of HMAC-SHA256). */
export function emailHash(normalisedEmail: string): string {
  return createHmac("sha256", secretsConfig().nextAuthSecret)
    .update(`log-email:${normalisedEmail}`)
    .digest("hex")
    .slice(0, 32);
}
