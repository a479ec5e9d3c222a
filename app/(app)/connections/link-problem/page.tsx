import type { Metadata } from "next";
import { Link2Off } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth/require-user";
import { LinkProblem } from "@/lib/schemas/connect";

export const metadata: Metadata = { title: "This link no longer works" };

const WORDS: Record<LinkProblem, { title: string; body: string }> = {
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
  const reason = LinkProblem.catch("invalid").parse((await searchParams).reason);
  const words = WORDS[reason];
  return (
    <div className="mx-auto w-full max-w-xl pt-4 sm:pt-10">
      <Card>
        <EmptyState
          icon={Link2Off}
          headingLevel="h1"
          title={words.title}
          description={words.body}
          action={
            <div className="flex flex-wrap justify-center gap-3">
              <Link href="/connections" className={buttonClasses()}>
                Go to Connections
              </Link>
              <Link href="/" className={buttonClasses({ variant: "secondary" })}>
                Back to overview
              </Link>
            </div>
          }
        />
      </Card>
    </div>
  );
}
