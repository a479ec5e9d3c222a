import { Link2Off } from "lucide";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export interface LinkProblemProps {
  title: string;
  body: string;
  /** The way forward, first as the main button; Overview is always offered after it. */
  next: { href: string; label: string };
}

/** Where a journey's link back from the bank lands when it no longer works (used, expired, not ours): why, and where to go. */
export function LinkProblem({ title, body, next }: LinkProblemProps) {
  return (
    <div className="mx-auto w-full max-w-xl pt-4 sm:pt-10">
      <Card>
        <EmptyState
          icon={Link2Off}
          headingLevel="h1"
          title={title}
          description={body}
          action={
            <div className="flex flex-wrap justify-center gap-3">
              <Link href={next.href} className={buttonClasses()}>
                {next.label}
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
