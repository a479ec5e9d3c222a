import type { Metadata } from "next";
import { LinkProblem } from "@/components/layout/link-problem";
import { requireUser } from "@/lib/auth/require-user";
import { LinkProblem as LinkProblemReason } from "@/lib/schemas/connect";

export const metadata: Metadata = { title: "This link no longer works" };

const WORDS: Record<LinkProblemReason, { title: string; body: string }> = {
  used: {
    title: "This link has already been used",
    body: "Each link back from your bank works once. Nothing was changed: if you were connecting a bank, it will be on Connections once it has finished.",
  },
  expired: {
    title: "This link has expired",
    body: "Links back from your bank work for 30 minutes. Nothing was changed; start connecting again to carry on.",
  },
  invalid: {
    title: "This link isn’t valid",
    body: "We couldn’t match this link to a bank connection you started, so nothing was changed. Start connecting again from Budgie.",
  },
};

interface Props {
  searchParams: Promise<{ reason?: string | string[] }>;
}

/** Where a callback with a used, expired, foreign or tampered state lands. The reason only picks the words. */
export default async function LinkProblemPage({ searchParams }: Props) {
  await requireUser();
  const reason = LinkProblemReason.catch("invalid").parse((await searchParams).reason);
  return <LinkProblem {...WORDS[reason]} next={{ href: "/connections", label: "Go to Connections" }} />;
}
