import "server-only";
import { z } from "zod";
import { cached, parseSchemaEnv, trueOrFalse, wholeNumber } from "@/lib/env/parse";

/*
 * Smaller concerns: per-address rate limits, outgoing mail, measurement, and the test database.
 */

export interface RateLimitConfig {
  /** Failed sign-ins from one client address in 15 minutes before that address is refused. */
  signInFailuresPerAddress: number;
  /** Accounts created from one client address in 15 minutes. */
  signUpsPerAddress: number;
}

export interface MailConfig {
  /** Mail goes out through this SMTP server when set (lib/mail). */
  smtpUrl: string | undefined;
  /** The From header of every mail. */
  from: string;
}

// Per client address; the per-email sign-in limit is fixed (lib/auth/rate-limit). Raised only where many people
// share one address, such as the e2e run, whose browsers all connect from 127.0.0.1.
const rateLimitSchema = z.object({
  BUDGIE_SIGN_IN_FAILURES_PER_ADDRESS: wholeNumber(10, 1, 100_000, ""),
  BUDGIE_SIGN_UPS_PER_ADDRESS: wholeNumber(10, 1, 100_000, ""),
});

const mailSchema = z.object({
  // Credentials may sit in the URL (smtps://user:pass@host): like every value, never echoed in errors.
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  MAIL_FROM: z.string().max(254, "must be at most 254 characters").default("Budgie <no-reply@budgie.local>"),
});

const perfSchema = z.object({ BUDGIE_SERVER_TIMING: trueOrFalse("false") });

export function rateLimitConfig(): RateLimitConfig {
  return cached("rateLimit", () => {
    const env = parseSchemaEnv("rate limits", rateLimitSchema);
    return { signInFailuresPerAddress: env.BUDGIE_SIGN_IN_FAILURES_PER_ADDRESS, signUpsPerAddress: env.BUDGIE_SIGN_UPS_PER_ADDRESS };
  });
}

export function mailConfig(): MailConfig {
  return cached("mail", () => {
    const env = parseSchemaEnv("mail", mailSchema);
    return { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM };
  });
}

/** Measurement only (`npm run bench`): per-step `Server-Timing` headers on API responses. Off by default. */
export function perfConfig(): { serverTiming: boolean } {
  return cached("perf", () => ({ serverTiming: parseSchemaEnv("perf", perfSchema).BUDGIE_SERVER_TIMING === "true" }));
}
