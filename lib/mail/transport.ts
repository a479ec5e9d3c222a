import "server-only";
import { appConfig, mailConfig } from "@/lib/env";
import { log } from "@/lib/log";
import type { MailMessage, MailTransport } from "@/lib/mail/message";
import { outboxTransport } from "@/lib/mail/outbox";
import { smtpTransport } from "@/lib/mail/smtp";

export type MailRoute = "smtp" | "outbox" | "none";

/**
 * Where mail goes: SMTP whenever SMTP_URL is set; otherwise the outbox, but only in development and demo mode,
 * where anyone may read it at /dev/outbox. A production deployment without SMTP sends nothing (and logs it):
 * storing reset links where visitors can read them would hand out accounts.
 */
export function mailRoute(config: { smtpUrl: string | undefined; isProduction: boolean; demo: boolean }): MailRoute {
  if (config.smtpUrl) return "smtp";
  return !config.isProduction || config.demo ? "outbox" : "none";
}

function currentRoute(): MailRoute {
  const { isProduction, demo } = appConfig();
  return mailRoute({ smtpUrl: mailConfig().smtpUrl, isProduction, demo });
}

/** Whether /dev/outbox exists: only while mail goes to the outbox. */
export function outboxEnabled(): boolean {
  return currentRoute() === "outbox";
}

// One SMTP transport (and its connection pool) per process.
const globalForMail = globalThis as typeof globalThis & { budgieSmtp?: MailTransport };

function transport(): MailTransport | null {
  const { smtpUrl, from } = mailConfig();
  if (smtpUrl) return (globalForMail.budgieSmtp ??= smtpTransport(smtpUrl, from));
  return currentRoute() === "outbox" ? outboxTransport : null;
}

/** Sends a mail the configured way. Failures are logged without the address or the body (a reset link is a key). */
export async function sendMail(message: MailMessage, purpose: string): Promise<void> {
  const chosen = transport();
  if (!chosen) {
    log("error", "mail_not_configured", { purpose, message: "SMTP_URL is not set: no mail was sent." });
    return;
  }
  try {
    await chosen.send(message);
    log("info", "mail_sent", { purpose, transport: chosen.kind });
  } catch (error) {
    log("error", "mail_failed", { purpose, transport: chosen.kind, error: error instanceof Error ? error.name : "unknown" });
  }
}
