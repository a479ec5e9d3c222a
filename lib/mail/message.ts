/** One plain-text mail: what every transport sends. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** How mail leaves Budgie: SMTP in production, the outbox table in development and demo mode. */
export interface MailTransport {
  readonly kind: "smtp" | "outbox";
  send(message: MailMessage): Promise<void>;
}
