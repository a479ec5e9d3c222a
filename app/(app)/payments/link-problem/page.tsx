import type { Metadata } from "next";
import { z } from "zod";
import { LinkProblem } from "@/components/layout/link-problem";
import { requireUser } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "This payment link no longer works" };

const Reason = z.enum(["used", "expired", "invalid"]).catch("invalid");

const WORDS: Record<z.infer<typeof Reason>, { title: string; body: string }> = {
  used: {
    title: "This payment link has already been used",
    body: "Each link back from your bank works once, and nothing was paid twice. Your payment’s status is on Payments.",
  },
  expired: {
    title: "This payment link has expired",
    body: "Links back from your bank work for a limited time, and this one has run out. If you approved the payment, Payments shows how it went; otherwise start it again.",
  },
  invalid: {
    title: "This payment link isn’t valid",
    body: "We couldn’t match this link to a payment you started, so nothing was changed. Your payments are on Payments.",
  },
};

interface Props {
  searchParams: Promise<{ reason?: string | string[] }>;
}

/** Where a payment callback with a used, expired, foreign or tampered state lands. The reason only picks the words. */
export default async function PaymentLinkProblemPage({ searchParams }: Props) {
  await requireUser();
  const reason = Reason.parse((await searchParams).reason);
  return <LinkProblem {...WORDS[reason]} next={{ href: "/payments", label: "Go to Payments" }} />;
}
