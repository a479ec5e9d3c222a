import { Inbox } from "lucide";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/layout/page-header";
import { OutboxMail } from "@/components/mail/outbox-mail";
import { EmptyState } from "@/components/ui/empty-state";
import { listOutbox } from "@/lib/mail/outbox";
import { outboxEnabled } from "@/lib/mail/transport";

export const metadata: Metadata = { title: "Outbox", robots: { index: false } };

/**
 * The mail Budgie would have sent, in development and demo mode without SMTP (lib/mail/transport), so the
 * password reset flow works without a mail server. Anywhere else there is no such page.
 */
export default async function OutboxPage() {
  await connection();
  if (!outboxEnabled()) notFound();
  const mails = await listOutbox();
  return (
    <main id="main" className="mx-auto w-full max-w-3xl px-4 py-10">
      <PageHeader title="Outbox" description="Mail from this development or demo server is kept here instead of being sent." />
      {mails.length === 0 ? (
        <EmptyState icon={Inbox} headingLevel="h2" title="No mail yet" description="Mail such as password reset links appears here once sent." />
      ) : (
        <div className="flex flex-col gap-4">
          {mails.map((mail) => (
            <OutboxMail key={mail.id} {...mail} />
          ))}
        </div>
      )}
    </main>
  );
}
