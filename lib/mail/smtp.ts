import "server-only";
import { createTransport } from "nodemailer";
import type { MailMessage, MailTransport } from "@/lib/mail/message";

/** Sends through the SMTP server in SMTP_URL (smtp:// with STARTTLS when offered, smtps:// for implicit TLS). */
export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = createTransport(smtpUrl);
  return {
    kind: "smtp",
    send: async (message: MailMessage) => {
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
