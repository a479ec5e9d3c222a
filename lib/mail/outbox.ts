import "server-only";
import { desc, lt } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { mailOutbox } from "@/lib/db/schema";
import type { MailMessage, MailTransport } from "@/lib/mail/message";

/** The outbox keeps the newest mails only: it is for following a flow by hand or in tests, not an archive. */
export const OUTBOX_KEEPS = 200;

export interface OutboxMail extends MailMessage {
  id: number;
  createdAt: Date;
}

/** Stores mail in our own database instead of sending it, for development and demo mode without SMTP. */
export const outboxTransport: MailTransport = {
  kind: "outbox",
  send: async (message: MailMessage) => {
    const db = await getDb();
    const [row] = await db.insert(mailOutbox).values(message).returning({ id: mailOutbox.id });
    if (row) await db.delete(mailOutbox).where(lt(mailOutbox.id, row.id - OUTBOX_KEEPS + 1));
  },
};

/** Newest first. */
export async function listOutbox(limit = OUTBOX_KEEPS): Promise<OutboxMail[]> {
  const db = await getDb();
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(limit);
}
